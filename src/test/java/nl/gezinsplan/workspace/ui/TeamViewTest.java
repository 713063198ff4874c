package nl.gezinsplan.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.FamilySummary;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.workflow.InboxFilter;
import nl.gezinsplan.workflow.MemberWork;
import nl.gezinsplan.workflow.TeamWork;
import nl.gezinsplan.workflow.TestTasks;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The manager's team overview: what marieke (Jeugd and Wmo) and mohamed (Participatie) see of their teams' work,
 * handing a task or a family to another member, and a consultant kept out. Other tests leave work behind, so the
 * numbers are compared with what the services count.
 */
class TeamViewTest extends ViewTest {

    private static final AtomicLong YOUTHS = new AtomicLong(System.nanoTime());

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TeamWork teamWork;

    @Autowired
    Families families;

    @Autowired
    Requests requests;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDirectory directory;

    @Autowired
    Clock clock;

    @Test
    void showsEachMembersOpenTasksAndFamiliesAndWhatNobodyTookPerTeam() {
        long bramsTasks = openTasksAsMarieke("bram");
        long bramsFamilies = families.caseloads(List.of("bram")).get("bram");
        long nobodysTasks = teamWork.unassigned("jeugd");
        Family family = testFamilies.registeredBy("bram", "Overzicht");
        testTasks.claimAs("bram", talkIn(family));
        testTasks.review("bram", Law.JEUGDWET, family.getId(), testFamilies.firstMemberOf(family));

        openTeamAs("marieke");

        TeamView.MemberLine bram = member("jeugd", "bram");
        assertThat(formatted("jeugd", bram, "openTasks")).isEqualTo(Long.toString(bramsTasks + 1));
        assertThat(formatted("jeugd", bram, "families")).isEqualTo(Long.toString(bramsFamilies + 1));
        assertThat(formatted("jeugd", bram, "role")).isEqualTo("Consulent");
        assertThat(_get((Component) tasks("unassigned-jeugd").getParent().orElseThrow(), H3.class).getText())
                .isEqualTo("Nog door niemand opgepakt (" + (nobodysTasks + 1) + ")");
        assertThat(GridKt._findAll(members("wmo"))).extracting(line -> line.member().username()).contains("carla");
        assertThat(_find(Grid.class, spec -> spec.withId("team-participatie"))).isEmpty();
    }

    @Test
    void listsTheTasksNobodyTookAndNoLongerCountsAReviewAMemberTook() {
        Family family = testFamilies.registeredBy("anna", "Onopgepakt");
        long child = testFamilies.firstMemberOf(family);
        String talk = talkIn(family);
        String review = testTasks.review("anna", Law.JEUGDWET, family.getId(), child);
        String taken = testTasks.review("anna", Law.JEUGDWET, family.getId(), child);
        SignIn.as(users, "marieke");
        long before = teamWork.unassigned("jeugd");
        testTasks.claimAs("bram", taken);
        assertThat(teamWork.unassigned("jeugd")).isEqualTo(before - 1);

        openTeamAs("marieke");

        InboxLine talkLine = line("unassigned-jeugd", talk).orElseThrow();
        assertThat(((RouterLink) cell("unassigned-jeugd", talkLine, "familyLink")).getText()).isEqualTo("Onopgepakt");
        assertThat(line("unassigned-jeugd", review)).isPresent();
        assertThat(line("unassigned-jeugd", taken)).isEmpty();
        assertThat(GridKt._size(tasks("unassigned-jeugd"))).isEqualTo((int) teamWork.unassigned("jeugd"));
    }

    @Test
    void anEmptyTaskListTakesOneLineInsteadOfAnEmptyGrid() {
        openTeamAs("marieke");
        InboxGrid grid = new InboxGrid((order, offset, limit) -> List.of(), () -> 0, families, requests, directory, clock);
        grid.setId("nothing");

        TeamTaskList list = new TeamTaskList("team.overdue", grid, () -> 0, teamWork, directory, () -> { });

        assertThat(grid.isVisible()).isFalse();
        assertThat(_get(list, Paragraph.class, spec -> spec.withId("nothing-none")).getText()).isEqualTo("Geen taken.");
        assertThat(_find(list, Button.class, spec -> spec.withText("Overdragen aan teamlid"))).isEmpty();
    }

    @Test
    void listsTheOverdueAndNearlyDueTasksOfTheTeamsWithALinkToTheFamily() {
        Family family = testFamilies.registeredBy("anna", "Verstreken");
        String overdue = testTasks.review("bram", Law.JEUGDWET, family.getId(), testFamilies.firstMemberOf(family));
        String soon = talkIn(family);
        testTasks.due(overdue, EngineDates.today().minusDays(2));
        testTasks.due(soon, EngineDates.today().plusDays(3));

        openTeamAs("marieke");

        InboxLine line = line("overdue", overdue).orElseThrow();
        assertThat(formatted("overdue", line, "task")).isEqualTo("Vier-ogencontrole");
        assertThat(formatted("overdue", line, "person")).isEqualTo("Sam Verstreken");
        assertThat(formatted("overdue", line, "law")).isEqualTo("Jeugdwet");
        RouterLink link = (RouterLink) cell("overdue", line, "familyLink");
        assertThat(link.getText()).isEqualTo("Verstreken");
        assertThat(link.getHref()).isEqualTo("gezinnen/" + family.getId());
        assertThat(line("overdue", soon)).isEmpty();
        assertThat(line("due-soon", soon)).isPresent();
        assertThat(headingOf("overdue"))
                .isEqualTo("Termijn verstreken (" + teamWork.countDue(InboxFilter.Due.OVERDUE) + ")");
    }

    @Test
    void listsTheEscalationsWaitingForTheManager() {
        Family family = testFamilies.registeredBy("anna", "Escalatie");
        String escalation = testTasks.escalation("researchTermExceeded", Law.JEUGDWET, family.getId(),
                testFamilies.firstMemberOf(family));

        openTeamAs("marieke");

        InboxLine line = line("escalations", escalation).orElseThrow();
        assertThat(formatted("escalations", line, "task")).isEqualTo("Termijn onderzoek overschreden");
        assertThat(formatted("escalations", line, "waiting")).isEqualTo("sinds vandaag");
        assertThat(((RouterLink) cell("escalations", line, "familyLink")).getText()).isEqualTo("Escalatie");
    }

    @Test
    void handsAnOverdueTaskToBramAndTheListsAreUpdated() {
        Family family = testFamilies.registeredBy("anna", "Herverdeeld");
        String talk = talkIn(family);
        testTasks.due(talk, EngineDates.today().minusDays(1));
        testTasks.claimAs("anna", talk);
        long bramsTasks = openTasksAsMarieke("bram");
        openTeamAs("marieke");

        ComboBox<DirectoryUser> member = reassign("overdue", talk);
        assertThat(member.getListDataView().getItems().map(DirectoryUser::username).toList())
                .contains("bram", "marieke").doesNotContain("anna", "carla");
        _setValue(member, member.getListDataView().getItems().filter(user -> user.username().equals("bram"))
                .findFirst().orElseThrow());
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Overdragen")));

        NotificationsKt.expectNotifications("De taak is overgedragen aan Bram Jansen.");
        assertThat(testTasks.assigneeOf(talk)).isEqualTo("bram");
        assertThat(line("overdue", talk).orElseThrow().assignee()).isEqualTo("Bram Jansen");
        assertThat(formatted("jeugd", member("jeugd", "bram"), "openTasks")).isEqualTo(Long.toString(bramsTasks + 1));
    }

    @Test
    void aMemberWhoTookTheTaskMeanwhileIsNotOverruledAndTheManagerIsTold() {
        Family family = testFamilies.registeredBy("anna", "Net gepakt");
        String talk = talkIn(family);
        testTasks.due(talk, EngineDates.today().minusDays(1));
        openTeamAs("marieke");

        ComboBox<DirectoryUser> member = reassign("overdue", talk);
        testTasks.claimAs("anna", talk);
        _setValue(member, member.getListDataView().getItems().filter(user -> user.username().equals("bram"))
                .findFirst().orElseThrow());
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Overdragen")));

        NotificationsKt.expectNotifications(
                "Anna de Vries heeft deze taak net in behandeling genomen. De lijst is bijgewerkt.");
        assertThat(testTasks.assigneeOf(talk)).isEqualTo("anna");
        assertThat(line("overdue", talk).orElseThrow().assignee()).isEqualTo("Anna de Vries");
    }

    @Test
    void handsAFamilyToAnotherConsultant() {
        Family family = testFamilies.registeredBy("bram", "Andere contactpersoon");
        openTeamAs("marieke");
        long annasFamilies = Long.parseLong(formatted("jeugd", member("jeugd", "anna"), "families"));

        members("jeugd").select(member("jeugd", "bram"));
        assertThat(_get(H2.class, spec -> spec.withText("Gezinnen van Bram Jansen"))).isNotNull();
        Grid<FamilySummary> bramsFamilies = memberFamilies();
        bramsFamilies.select(GridKt._findAll(bramsFamilies).stream()
                .filter(summary -> summary.id() == family.getId()).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<DirectoryUser> successor = _get(ComboBox.class, spec -> spec.withLabel("Nieuwe contactpersoon"));
        assertThat(successor.getListDataView().getItems().map(DirectoryUser::username).toList())
                .contains("anna", "carla").doesNotContain("bram", "marieke", "daan");
        _setValue(successor, successor.getListDataView().getItems()
                .filter(user -> user.username().equals("anna")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Gezin overdragen")));

        NotificationsKt.expectNotifications("Gezin Andere contactpersoon heeft nu Anna de Vries als contactpersoon.");
        assertThat(GridKt._findAll(memberFamilies())).extracting(FamilySummary::id).doesNotContain(family.getId());
        assertThat(formatted("jeugd", member("jeugd", "anna"), "families"))
                .isEqualTo(Long.toString(annasFamilies + 1));
        assertThat(contactPersonOf(family)).isEqualTo("anna");
    }

    @Test
    void mohamedSeesTheParticipationTeamOnly() {
        Family participation = testFamilies.registeredBy("daan", "Participatie te laat");
        String theirs = testTasks.review("daan", Law.PARTICIPATIEWET, participation.getId(),
                testFamilies.firstMemberOf(participation));
        testTasks.due(theirs, EngineDates.today().minusDays(4));
        Family youth = testFamilies.registeredBy("anna", "Jeugd te laat");
        String notTheirs = talkIn(youth);
        testTasks.due(notTheirs, EngineDates.today().minusDays(4));

        openTeamAs("mohamed");

        assertThat(GridKt._findAll(members("participatie"))).extracting(line -> line.member().username())
                .contains("daan", "mohamed");
        assertThat(_find(Grid.class, spec -> spec.withId("team-jeugd"))).isEmpty();
        assertThat(line("overdue", theirs)).isPresent();
        assertThat(line("overdue", notTheirs)).isEmpty();
    }

    @Test
    void aConsultantCannotOpenTheTeamOverview() {
        loginAs("anna");

        navigate("team");

        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(TeamView.class);
    }

    private void openTeamAs(String user) {
        SignIn.as(users, user);
        loginAs(user);
        navigate("team");
    }

    private long openTasksAsMarieke(String member) {
        SignIn.as(users, "marieke");
        return teamWork.members("jeugd").stream().filter(work -> work.member().username().equals(member))
                .mapToLong(MemberWork::openTasks).findFirst().orElseThrow();
    }

    /** Chooses the task in the list and asks to hand it over; the dialog's choice of members. */
    private ComboBox<DirectoryUser> reassign(String list, String taskId) {
        InboxGrid grid = tasks(list);
        grid.select(line(list, taskId).orElseThrow());
        _click(_get((Component) grid.getParent().orElseThrow(), Button.class,
                spec -> spec.withText("Overdragen aan teamlid")));
        @SuppressWarnings("unchecked")
        ComboBox<DirectoryUser> member = _get(_get(Dialog.class), ComboBox.class, spec -> spec.withLabel("Teamlid"));
        return member;
    }

    private String talkIn(Family family) {
        return testTasks.perspectiveTalk(family.getId(), YOUTHS.incrementAndGet(), EngineDates.today().minusYears(17));
    }

    private Optional<InboxLine> line(String list, String taskId) {
        return GridKt._findAll(tasks(list)).stream().filter(line -> line.task().taskId().equals(taskId)).findFirst();
    }

    private String formatted(String list, InboxLine line, String column) {
        return GridKt._getFormatted(tasks(list).getColumnByKey(column), line);
    }

    private Component cell(String list, InboxLine line, String column) {
        return GridKt._getCellComponent(tasks(list), GridKt._findAll(tasks(list)).indexOf(line), column);
    }

    private String headingOf(String list) {
        return _get((Component) tasks(list).getParent().orElseThrow(), H2.class).getText();
    }

    private InboxGrid tasks(String list) {
        return _get(InboxGrid.class, spec -> spec.withId(list));
    }

    private TeamView.MemberLine member(String team, String username) {
        return GridKt._findAll(members(team)).stream().filter(line -> line.member().username().equals(username))
                .findFirst().orElseThrow();
    }

    private String formatted(String team, TeamView.MemberLine line, String column) {
        return GridKt._getFormatted(members(team).getColumnByKey(column), line);
    }

    @SuppressWarnings("unchecked")
    private Grid<TeamView.MemberLine> members(String team) {
        return _get(Grid.class, spec -> spec.withId("team-" + team));
    }

    @SuppressWarnings("unchecked")
    private Grid<FamilySummary> memberFamilies() {
        return _get(Grid.class, spec -> spec.withId("member-families"));
    }

    private String contactPersonOf(Family family) {
        return jdbc.sql("select username from contact_person where family_id = :id and ended_at is null")
                .param("id", family.getId()).query(String.class).single();
    }
}
