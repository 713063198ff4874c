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
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestDraft;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.workflow.Inbox;
import nl.gezinsplan.workflow.InboxFilter;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.TaskType;
import nl.gezinsplan.workflow.TestTasks;
import nl.gezinsplan.workflow.dates.EngineDates;
import nl.gezinsplan.workspace.SavedFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The inbox screen: what a consultant or manager sees, filters and does, and what happens when a colleague was first. */
class InboxViewTest extends ViewTest {

    private static final AtomicLong YOUTHS = new AtomicLong(System.nanoTime());

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    TestTasks testTasks;

    @Autowired
    Inbox inbox;

    @Autowired
    UserDetailsService users;

    @Autowired
    Requests requests;

    @Autowired
    RequestRoute route;

    @Autowired
    nl.gezinsplan.workflow.TestRoutes routes;

    @Autowired
    nl.gezinsplan.workflow.TermClock termClock;

    @Test
    void aSuspendedTermReadsOpgeschortTotInsteadOfItsDate() {
        Request request = routes.inResearch(Law.WMO);
        termClock.suspend(request.getId(), "Verslag nodig", "Het verslag van de school", LocalDate.now().plusDays(10));

        openInboxAs("carla");

        InboxLine line = lineOf(request);
        assertThat(((com.vaadin.flow.component.html.Span) GridKt._getCellComponent(grid(), lines().indexOf(line),
                "statutoryTerm")).getText()).startsWith("opgeschort tot ");
    }

    @Test
    void listsTheTeamsTasksWithFamilyAndPersonButNamesOnlyFamiliesTheUserMayRead() {
        Family annas = testFamilies.registeredBy("anna", "Postvak");
        Family elsewhere = testFamilies.registeredBy("daan", "Elders");
        String review = testTasks.review("bram", Law.JEUGDWET, annas.getId(), testFamilies.firstMemberOf(annas));
        String hidden = testTasks.review("bram", Law.JEUGDWET, elsewhere.getId(), testFamilies.firstMemberOf(elsewhere));

        openInboxAs("anna");

        InboxLine line = line(review).orElseThrow();
        assertThat(line.family()).isEqualTo("Postvak");
        assertThat(line.person()).isEqualTo("Sam Postvak");
        assertThat(formatted(line, "task")).isEqualTo("Vier-ogencontrole");
        assertThat(formatted(line, "law")).isEqualTo("Jeugdwet");
        assertThat(formatted(line, "waiting")).isEqualTo("sinds vandaag");
        assertThat(formatted(line, "costPerYear")).contains("12.000");
        assertThat(formatted(line(hidden).orElseThrow(), "family")).isEqualTo("(geen inzage)");
        assertThat(formatted(line(hidden).orElseThrow(), "person")).isEqualTo("(geen inzage)");
    }

    @Test
    void theProposerDoesNotSeeTheirOwnProposalToReviewAndAColleagueDoes() {
        Family family = testFamilies.registeredBy("anna", "Vierogen");
        String review = testTasks.review("bram", Law.JEUGDWET, family.getId(), testFamilies.firstMemberOf(family));

        openInboxAs("bram");
        assertThat(line(review)).isEmpty();

        openInboxAs("anna");
        assertThat(line(review)).isPresent();
    }

    @Test
    void theMenuShowsHowManyTasksAreOpenToTheUser() {
        Family family = testFamilies.registeredBy("anna", "Teller");
        testTasks.review("bram", Law.JEUGDWET, family.getId(), testFamilies.firstMemberOf(family));

        openInboxAs("anna");

        SideNavItem entry = _find(SideNavItem.class).stream().filter(item -> "werkvoorraad".equals(item.getPath()))
                .findFirst().orElseThrow();
        assertThat(entry.getSuffixComponent().getElement().getText())
                .isEqualTo(Long.toString(inbox.count(InboxFilter.EVERYTHING)));
        assertThat(GridKt._size(grid())).isEqualTo((int) inbox.count(InboxFilter.EVERYTHING));
    }

    @Test
    void filtersByLaw() {
        Family family = testFamilies.registeredBy("anna", "Wetten");
        String youth = testTasks.review("bram", Law.JEUGDWET, family.getId(), testFamilies.firstMemberOf(family));
        String wmo = testTasks.review("carla", Law.WMO, family.getId(), testFamilies.firstMemberOf(family));
        openInboxAs("marieke");

        choose("Wet", Law.WMO);

        assertThat(ids()).contains(wmo).doesNotContain(youth);
    }

    @Test
    void filtersByTaskType() {
        Family family = testFamilies.registeredBy("anna", "Soorten");
        String review = testTasks.review("bram", Law.JEUGDWET, family.getId(), testFamilies.firstMemberOf(family));
        String talk = perspectiveTalkIn(family);
        openInboxAs("anna");

        @SuppressWarnings("unchecked")
        ComboBox<TaskType> type = _get(ComboBox.class, spec -> spec.withLabel("Soort taak"));
        _setValue(type, type.getListDataView().getItems().filter(item -> item.key().equals("holdPerspectiveTalk"))
                .findFirst().orElseThrow());

        assertThat(ids()).contains(talk).doesNotContain(review);
        assertThat(lines()).allMatch(line -> line.task().taskKey().equals("holdPerspectiveTalk"));
    }

    @Test
    void filtersTasksDueWithinSevenDaysAndOverdueTasks() {
        Family family = testFamilies.registeredBy("anna", "Termijnen");
        String soon = perspectiveTalkIn(family);
        String overdue = perspectiveTalkIn(family);
        String later = perspectiveTalkIn(family);
        testTasks.due(soon, EngineDates.today().plusDays(3));
        testTasks.due(overdue, EngineDates.today().minusDays(2));
        testTasks.due(later, EngineDates.today().plusDays(30));
        openInboxAs("anna");

        choose("Vervaldatum", InboxFilter.Due.WITHIN_7_DAYS);
        assertThat(ids()).contains(soon).doesNotContain(overdue, later);

        choose("Vervaldatum", InboxFilter.Due.OVERDUE);
        assertThat(ids()).contains(overdue).doesNotContain(soon, later);
    }

    @Test
    void filtersMyTasksAndTheOpenTasksOfMyTeams() {
        Family family = testFamilies.registeredBy("anna", "Van wie");
        String mine = perspectiveTalkIn(family);
        String open = perspectiveTalkIn(family);
        inbox.claim(mine);
        openInboxAs("anna");

        choose("Toon", InboxFilter.Scope.ASSIGNED_TO_ME);
        assertThat(ids()).contains(mine).doesNotContain(open);

        choose("Toon", InboxFilter.Scope.OPEN_IN_MY_TEAMS);
        assertThat(ids()).contains(open).doesNotContain(mine);
    }

    @Test
    void aSavedFilterComesBackInALaterVisit() {
        Family family = testFamilies.registeredBy("anna", "Bewaard");
        String overdue = perspectiveTalkIn(family);
        String notDue = perspectiveTalkIn(family);
        testTasks.due(overdue, EngineDates.today().minusDays(1));
        String name = "Te laat in de jeugd " + System.nanoTime();
        openInboxAs("anna");
        choose("Wet", Law.JEUGDWET);
        choose("Vervaldatum", InboxFilter.Due.OVERDUE);

        _click(_get(Button.class, spec -> spec.withText("Filter opslaan")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Filter opslaan")));
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Naam van het filter")).getErrorMessage())
                .isEqualTo("Geef het filter een naam.");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Naam van het filter")), name);
        _click(_get(dialog, Button.class, spec -> spec.withText("Filter opslaan")));
        assertThat(dialog.isOpened()).isFalse();

        navigate("werk");
        navigate("werkvoorraad");
        assertThat(line(notDue)).as("a new visit starts unfiltered").isPresent();
        @SuppressWarnings("unchecked")
        ComboBox<SavedFilter> saved = _get(ComboBox.class, spec -> spec.withLabel("Opgeslagen filter"));
        _setValue(saved, saved.getListDataView().getItems().filter(filter -> filter.name().equals(name))
                .findFirst().orElseThrow());

        assertThat(_get(Select.class, spec -> spec.withLabel("Wet")).getValue()).isEqualTo(Law.JEUGDWET);
        assertThat(_get(Select.class, spec -> spec.withLabel("Vervaldatum")).getValue())
                .isEqualTo(InboxFilter.Due.OVERDUE);
        assertThat(ids()).contains(overdue).doesNotContain(notDue);
    }

    @Test
    void claimsATask() {
        Family family = testFamilies.registeredBy("anna", "Oppakken");
        String talk = perspectiveTalkIn(family);
        openInboxAs("anna");

        click("In behandeling nemen", talk);

        NotificationsKt.expectNotifications("U heeft de taak in behandeling genomen.");
        assertThat(testTasks.assigneeOf(talk)).isEqualTo("anna");
        assertThat(line(talk).orElseThrow().assignee()).isEqualTo("Anna de Vries");
    }

    @Test
    void givesAClaimedTaskBack() {
        Family family = testFamilies.registeredBy("anna", "Vrijgeven");
        String talk = perspectiveTalkIn(family);
        inbox.claim(talk);
        openInboxAs("anna");

        click("Vrijgeven", talk);

        NotificationsKt.expectNotifications("De taak staat weer open voor het team.");
        assertThat(testTasks.assigneeOf(talk)).isNull();
        assertThat(line(talk).orElseThrow().assignee()).isNull();
    }

    @Test
    void handsATaskOverToAColleagueOfTheTeam() {
        Family family = testFamilies.registeredBy("anna", "Overdracht");
        String talk = perspectiveTalkIn(family);
        openInboxAs("anna");

        click("Overdragen", talk);
        Dialog dialog = _get(Dialog.class);
        @SuppressWarnings("unchecked")
        ComboBox<DirectoryUser> colleague = _get(dialog, ComboBox.class, spec -> spec.withLabel("Collega"));
        assertThat(colleague.getListDataView().getItems().map(DirectoryUser::username).toList())
                .contains("bram", "marieke").doesNotContain("anna", "carla");
        _setValue(colleague, colleague.getListDataView().getItems()
                .filter(user -> user.username().equals("bram")).findFirst().orElseThrow());
        _click(_get(dialog, Button.class, spec -> spec.withText("Overdragen")));

        NotificationsKt.expectNotifications("De taak is overgedragen aan Bram Jansen.");
        assertThat(testTasks.assigneeOf(talk)).isEqualTo("bram");
        assertThat(line(talk)).as("no longer mine nor open").isEmpty();
    }

    @Test
    void aReviewIsNotHandedToItsProposer() {
        Family family = testFamilies.registeredBy("anna", "Geen eigen");
        String review = testTasks.review("bram", Law.JEUGDWET, family.getId(), testFamilies.firstMemberOf(family));
        openInboxAs("anna");

        click("Overdragen", review);

        @SuppressWarnings("unchecked")
        ComboBox<DirectoryUser> colleague = _get(_get(Dialog.class), ComboBox.class, spec -> spec.withLabel("Collega"));
        assertThat(colleague.getListDataView().getItems().map(DirectoryUser::username).toList())
                .contains("marieke").doesNotContain("bram", "anna");
    }

    @Test
    void setsAFollowUpDate() {
        Family family = testFamilies.registeredBy("anna", "Opvolgen");
        String talk = perspectiveTalkIn(family);
        LocalDate nextWeek = EngineDates.today().plusWeeks(1);
        openInboxAs("anna");

        click("Opvolgdatum", talk);
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Opvolgen op")), nextWeek);
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));

        NotificationsKt.expectNotifications("De opvolgdatum is vastgelegd.");
        assertThat(testTasks.followUpOf(talk)).isEqualTo(EngineDates.startOf(nextWeek));
        assertThat(line(talk).orElseThrow().task().followUp()).isEqualTo(EngineDates.startOf(nextWeek).toInstant());
    }

    @Test
    void aTaskAColleagueClaimedMeanwhileIsExplainedAndTheListRefreshed() {
        Family family = testFamilies.registeredBy("anna", "Te laat geklikt");
        String talk = perspectiveTalkIn(family);
        openInboxAs("anna");
        select(talk);

        testTasks.claimAs("bram", talk);
        _click(_get(Button.class, spec -> spec.withText("In behandeling nemen")));

        NotificationsKt.expectNotifications(
                "Bram Jansen heeft deze taak net in behandeling genomen. De lijst is bijgewerkt.");
        assertThat(testTasks.assigneeOf(talk)).isEqualTo("bram");
        assertThat(line(talk)).isEmpty();
    }

    @Test
    void aTaskAColleagueCompletedMeanwhileIsExplainedAndTheListRefreshed() {
        Family family = testFamilies.registeredBy("anna", "Al gedaan");
        String review = testTasks.review("bram", Law.JEUGDWET, family.getId(), testFamilies.firstMemberOf(family));
        openInboxAs("anna");
        select(review);

        testTasks.approveAs("marieke", review);
        _click(_get(Button.class, spec -> spec.withText("In behandeling nemen")));

        NotificationsKt.expectNotifications("Deze taak is net afgerond of vervallen. De lijst is bijgewerkt.");
        assertThat(line(review)).isEmpty();
    }

    @Test
    void aManagerSeesWhatWaitsForApprovalAndAtWhatCost() {
        Family family = testFamilies.registeredBy("anna", "Duur");
        String approval = testTasks.managerApproval("anna", Law.JEUGDWET, family.getId(), testFamilies.firstMemberOf(family),
                48_000);
        openInboxAs("marieke");

        @SuppressWarnings("unchecked")
        ComboBox<TaskType> type = _get(ComboBox.class, spec -> spec.withLabel("Soort taak"));
        _setValue(type, type.getListDataView().getItems().filter(item -> item.key().equals("approveByManager"))
                .findFirst().orElseThrow());

        InboxLine line = line(approval).orElseThrow();
        assertThat(formatted(line, "task")).isEqualTo("Goedkeuring teammanager");
        assertThat(formatted(line, "costPerYear")).contains("48.000");
        assertThat(formatted(line, "waiting")).isEqualTo("sinds vandaag");
    }

    @Test
    void whenAFilterHidesTheSelectedTaskNoActionIsLeftEnabled() {
        Family family = testFamilies.registeredBy("anna", "Weggefilterd");
        String talk = perspectiveTalkIn(family);
        openInboxAs("anna");
        select(talk);
        assertThat(button("Openen").isEnabled()).isTrue();

        choose("Wet", Law.WMO);
        choose("Toon", InboxFilter.Scope.ASSIGNED_TO_ME);

        assertThat(line(talk)).isEmpty();
        assertThat(grid().getSelectedItems()).isEmpty();
        for (String action : List.of("Openen", "In behandeling nemen", "Vrijgeven", "Overdragen", "Opvolgdatum")) {
            assertThat(button(action).isEnabled()).as(action).isFalse();
        }
    }

    @Test
    void anEmptyListSaysNoTaskMatchesAndOffersToClearTheFilter() {
        Family family = testFamilies.registeredBy("anna", "Leeg filter");
        String talk = perspectiveTalkIn(family);
        openInboxAs("anna");
        choose("Toon", InboxFilter.Scope.ASSIGNED_TO_ME);
        choose("Wet", Law.PARTICIPATIEWET);
        choose("Vervaldatum", InboxFilter.Due.OVERDUE);

        assertThat(GridKt._size(grid())).isZero();
        Component empty = grid().getEmptyStateComponent();
        assertThat(_get(empty, Span.class).getText()).isEqualTo("Er zijn geen taken die bij dit filter passen.");
        _click(_get(empty, Button.class, spec -> spec.withText("Filter wissen")));

        assertThat(_get(Select.class, spec -> spec.withLabel("Toon")).getValue()).isEqualTo(InboxFilter.Scope.ALL);
        assertThat(_get(Select.class, spec -> spec.withLabel("Wet")).getValue()).isNull();
        assertThat(_get(Select.class, spec -> spec.withLabel("Vervaldatum")).getValue()).isNull();
        assertThat(line(talk)).isPresent();
    }

    @Test
    void twoTasksOfTheSameKindForTheSamePersonAreToldApartByTheirRequest() {
        Family family = testFamilies.registeredBy("anna", "Twee vragen");
        long person = testFamilies.firstMemberOf(family);
        SignIn.as(users, "anna");
        Request sleep = requests.register(family.getId(), new RequestDraft(person, Law.JEUGDWET, Referrer.SELF,
                Urgency.NORMAL, LocalDate.now(), "Kim slaapt slecht en wil 's nachts niet alleen zijn op haar kamer"));
        Request school = requests.register(family.getId(), new RequestDraft(person, Law.JEUGDWET, Referrer.SELF,
                Urgency.NORMAL, LocalDate.now(), "Kim gaat niet naar school"));
        openInboxAs("anna");

        InboxLine one = lineOf(sleep);
        InboxLine other = lineOf(school);
        assertThat(formatted(one, "task")).isEqualTo(formatted(other, "task"));
        assertThat(formatted(one, "request")).isEqualTo(sleep.getId() + " · Kim slaapt slecht en wil 's nachts niet\u2026");
        assertThat(formatted(other, "request")).isEqualTo(school.getId() + " · Kim gaat niet naar school");
    }

    @Test
    void namesTasksInEnglishByTheirKey() {
        Family family = testFamilies.registeredBy("anna", "Engels");
        String review = testTasks.review("bram", Law.JEUGDWET, family.getId(), testFamilies.firstMemberOf(family));
        String talk = perspectiveTalkIn(family);
        SignIn.as(users, "anna");
        loginAs("anna");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("werkvoorraad");

        assertThat(formatted(line(review).orElseThrow(), "task")).isEqualTo("Four-eyes check");
        assertThat(formatted(line(talk).orElseThrow(), "task")).isEqualTo("Hold the perspective talk");
        @SuppressWarnings("unchecked")
        ComboBox<TaskType> type = _get(ComboBox.class, spec -> spec.withLabel("Task type"));
        assertThat(type.getListDataView().getItems().map(type.getItemLabelGenerator()).toList())
                .contains("Four-eyes check", "Start meeting", "Draw up the decision").doesNotContain("Startgesprek");
    }

    private Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    @Test
    void showsTheDefaultColumnsAndTheOthersOnRequestButNeverNone() {
        openInboxAs("anna");
        assertThat(shownColumns()).containsExactly("task", "request", "family", "law", "due", "statutoryTerm",
                "assignee");

        _click(_get(Button.class, spec -> spec.withText("Kolommen")));
        @SuppressWarnings("unchecked")
        CheckboxGroup<Grid.Column<InboxLine>> columns = _get(CheckboxGroup.class);
        assertThat(columns.getListDataView().getItems().map(Grid.Column::getHeaderText))
                .contains("Wacht", "Kosten per jaar", "Persoon");
        Set<Grid.Column<InboxLine>> chosen = new HashSet<>(columns.getValue());
        chosen.add(grid().getColumnByKey("waiting"));
        chosen.remove(grid().getColumnByKey("law"));
        _setValue(columns, chosen);
        assertThat(shownColumns()).contains("waiting").doesNotContain("law");

        _setValue(columns, Set.of());
        assertThat(shownColumns()).as("the last column stays").contains("waiting", "task");

        _click(_get(Button.class, spec -> spec.withText("Standaardkolommen")));
        assertThat(shownColumns()).containsExactlyElementsOf(List.of("task", "request", "family", "law", "due",
                "statutoryTerm", "assignee"));
    }

    private List<String> shownColumns() {
        return grid().getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }

    private void openInboxAs(String user) {
        SignIn.as(users, user);
        loginAs(user);
        navigate("werkvoorraad");
    }

    /** A perspective talk about a youth of the family; each one for another youth, as there is one per youth. */
    private String perspectiveTalkIn(Family family) {
        return testTasks.perspectiveTalk(family.getId(), YOUTHS.incrementAndGet(), EngineDates.today().minusYears(17));
    }

    private <T> void choose(String label, T value) {
        @SuppressWarnings("unchecked")
        Select<T> select = _get(Select.class, spec -> spec.withLabel(label));
        _setValue(select, value);
    }

    /** Selects the task in the list and clicks the button that acts on it. */
    private void click(String button, String taskId) {
        select(taskId);
        _click(_get(Button.class, spec -> spec.withText(button)));
    }

    private void select(String taskId) {
        grid().select(line(taskId).orElseThrow());
    }

    /** The line of the task the request's route waits at. */
    private InboxLine lineOf(Request request) {
        return line(route.openTaskOf(request.getId()).orElseThrow().taskId()).orElseThrow();
    }

    private Optional<InboxLine> line(String taskId) {
        return lines().stream().filter(line -> line.task().taskId().equals(taskId)).findFirst();
    }

    private List<String> ids() {
        return lines().stream().map(line -> line.task().taskId()).toList();
    }

    private List<InboxLine> lines() {
        return GridKt._findAll(grid());
    }

    private String formatted(InboxLine line, String column) {
        return GridKt._getFormatted(grid().getColumnByKey(column), line);
    }

    @SuppressWarnings("unchecked")
    private Grid<InboxLine> grid() {
        return _get(Grid.class, spec -> spec.withId("inbox"));
    }
}
