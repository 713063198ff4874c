package nl.gezinsplan.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.stream.IntStream;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.workspace.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The hand-over screen: what a manager and an administrator see of a leaving member's work, and the hand-over. */
class HandOverViewTest extends ViewTest {

    @Autowired
    TestStaff staff;

    @Autowired
    TestFamilies testFamilies;

    @Test
    void aManagerSeesTheWorkAndHandsItToOneColleague() {
        TestStaff.Team team = staff.team();
        Family family = testFamilies.registeredBy(team.leaver(), "Overdrachtscherm");
        staff.triageTakenBy(team.leaver(), team.code(), family.getId(), testFamilies.firstMemberOf(family));
        loginAs(team.manager());
        navigate("beheer/overdracht/" + team.leaver());

        assertThat(_get(H1.class).getText()).isEqualTo("Werk overdragen: Vera Vertrek");
        assertThat(holds()).isEqualTo("Vera Vertrek is contactpersoon van 1 gezin en heeft 1 taak.");
        assertThat(GridKt._findAll(_get(Grid.class, spec -> spec.withId("held-families"))))
                .hasSize(1);
        assertThat(heldTasks()).containsExactly("Triage (gezin Overdrachtscherm)");

        _click(_get(Button.class, spec -> spec.withText("Alles overdragen")));
        NotificationsKt.expectNotifications("Kies de collega die het werk krijgt; er is niets overgedragen.");

        ComboBox<DirectoryUser> colleague = colleague();
        assertThat(colleague.getListDataView().getItems().map(DirectoryUser::username))
                .containsExactly(team.firstColleague(), team.secondColleague());
        _setValue(colleague, colleague.getListDataView().getItems()
                .filter(user -> user.username().equals(team.secondColleague())).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Alles overdragen")));

        assertThat(result()).containsExactly("Bas Bosman: 1 gezin, 1 taak");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Vera Vertrek heeft geen gezinnen en taken meer.")))
                .isNotNull();
        assertThat(holds()).isEqualTo("Vera Vertrek is contactpersoon van geen gezinnen en heeft geen taken.");
        assertThat(_find(Grid.class, spec -> spec.withId("held-families"))).isEmpty();
        assertThat(_get(RouterLink.class, spec -> spec.withText("Terug naar mijn teams")).getHref()).isEqualTo("team");
    }

    @Test
    void anAdministratorSeesCountsOnlyAndSpreadsOverTheTeam() {
        TestStaff.Team team = staff.team();
        testFamilies.registeredBy(team.leaver(), "Geheim");
        testFamilies.registeredBy(team.leaver(), "Geheim");
        loginAs("beheer");
        navigate("beheer/overdracht/" + team.leaver());

        assertThat(holds()).isEqualTo("Vera Vertrek is contactpersoon van 2 gezinnen en heeft geen taken.");
        assertThat(_find(Grid.class)).as("no family names").isEmpty();
        assertThat(_find(UnorderedList.class)).isEmpty();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<HandOverView.Way> way = _get(RadioButtonGroup.class, spec -> spec.withLabel("Overdragen aan"));
        _setValue(way, HandOverView.Way.TEAM);
        assertThat(_find(ComboBox.class)).as("no colleague to choose").isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Alles overdragen")));

        assertThat(result()).contains("Ada Aalders: 1 gezin, geen taken", "Bas Bosman: 1 gezin, geen taken");
        assertThat(_get(Anchor.class, spec -> spec.withText("Naar de gebruikers (om het account te deactiveren)"))
                .getHref()).isEqualTo("beheer/gebruikers");
    }

    @Test
    void aManagerOfAnotherTeamIsRefused() {
        TestStaff.Team team = staff.team();
        loginAs("mohamed");
        navigate("beheer/overdracht/" + team.leaver());

        assertThat(_get(H1.class).getText()).isEqualTo("Werk overdragen");
        assertThat(_get(Paragraph.class).getText()).startsWith("U mag het werk van deze medewerker niet overdragen.");
        assertThat(_find(Button.class, spec -> spec.withText("Alles overdragen"))).isEmpty();
    }

    @Test
    void theTeamPageLeadsToTheHandOverOfEachMember() {
        TestStaff.Team team = staff.team();
        loginAs(team.manager());
        navigate("team");

        @SuppressWarnings("unchecked")
        Grid<TeamView.MemberLine> members = _get(Grid.class, spec -> spec.withId("team-" + team.code()));
        List<TeamView.MemberLine> lines = GridKt._findAll(members);
        int leaver = lines.indexOf(lines.stream().filter(line -> line.member().username().equals(team.leaver()))
                .findFirst().orElseThrow());
        RouterLink link = (RouterLink) GridKt._getCellComponent(members, leaver, "handOver");
        assertThat(link.getText()).isEqualTo("Werk overdragen");
        assertThat(link.getElement().getAttribute("aria-label")).isEqualTo("Werk overdragen: Vera Vertrek");
        assertThat(link.getHref()).isEqualTo("beheer/overdracht/" + team.leaver());
    }

    private String holds() {
        return _get(Paragraph.class, spec -> spec.withId("held-counts")).getText();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<DirectoryUser> colleague() {
        return _get(ComboBox.class, spec -> spec.withLabel("Collega"));
    }

    /** The lines of the held tasks, as the grid shows them. */
    private static List<String> heldTasks() {
        Grid<?> tasks = _get(Grid.class, spec -> spec.withId("held-tasks"));
        assertThat(tasks.getDataProvider().isInMemory()).as("read a page at a time").isFalse();
        return IntStream.range(0, GridKt._size(tasks)).mapToObj(row -> GridKt._getFormattedRow(tasks, row).get(0))
                .toList();
    }

    private List<String> result() {
        return _find(ListItem.class).stream().map(ListItem::getText).toList();
    }
}
