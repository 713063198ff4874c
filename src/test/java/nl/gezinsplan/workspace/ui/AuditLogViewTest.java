package nl.gezinsplan.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.FamilySummary;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditEvent;
import nl.gezinsplan.security.AuditFilter;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.TeamAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

class AuditLogViewTest extends ViewTest {

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    Families families;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TeamAdministration teams;

    @Test
    void aManagerSeesWhoReadTheFamilyAndWhoWasRefused() {
        Family family = testFamilies.registeredBy("anna", "Inzagezoeker");
        families.open(family.getId());
        SignIn.as(users, "carla");
        try {
            families.open(family.getId());
        } catch (AccessDeniedException expected) {
            // the refusal is what the manager should see
        }

        loginAs("marieke");
        navigate("inzagelog");
        ComboBox<FamilySummary> chooser = familyChooser();
        ComboBoxKt.setUserInput(chooser, "Inzagezoeker");
        FamilySummary found = ComboBoxKt.getSuggestionItems(chooser).stream()
                .filter(summary -> summary.id() == family.getId()).findFirst().orElseThrow();
        assertThat(chooser.getItemLabelGenerator().apply(found)).isEqualTo("Inzagezoeker (" + family.getId() + ")");
        _setValue(chooser, found);

        @SuppressWarnings("unchecked")
        Grid<AuditEvent> trail = _get(Grid.class);
        assertThat(GridKt._findAll(trail)).extracting(AuditEvent::actor, AuditEvent::action)
                .contains(org.assertj.core.groups.Tuple.tuple("anna", AuditAction.READ),
                        org.assertj.core.groups.Tuple.tuple("carla", AuditAction.DENIED),
                        org.assertj.core.groups.Tuple.tuple("anna", AuditAction.CREATE));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Gebruiker")), "carla");
        assertThat(GridKt._findAll(trail)).extracting(AuditEvent::action).containsExactly(AuditAction.DENIED);
    }

    @Test
    void aFamilyNumberTypedStandsForThatFamilyAndAnUnknownNameSaysHowToChoose() {
        Family family = testFamilies.registeredBy("anna", "Nummerzoeker");
        families.open(family.getId());

        loginAs("marieke");
        navigate("inzagelog");
        ComboBox<FamilySummary> chooser = familyChooser();
        ComboBoxKt._fireCustomValueSet(chooser, " " + family.getId() + " ");

        assertThat(chooser.getValue().id()).isEqualTo(family.getId());
        assertThat(rowsShown()).isNotEmpty().allSatisfy(row -> assertThat(row)
                .contains("Nummerzoeker (" + family.getId() + ")"));

        ComboBoxKt._fireCustomValueSet(chooser, "Bestaat niet");
        assertThat(chooser.getValue()).isNull();
        assertThat(chooser.isInvalid()).isTrue();
        assertThat(chooser.getErrorMessage()).isEqualTo("Kies een gezin uit de lijst of typ een gezinsnummer.");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<FamilySummary> familyChooser() {
        return _get(ComboBox.class, spec -> spec.withLabel("Gezin"));
    }

    @Test
    void aManagerFindsAColleaguesStepsByTheirNameAndSeesTheFamilyByItsName() {
        Family family = testFamilies.registeredBy("anna", "Naamzoeker");
        families.open(family.getId());

        loginAs("marieke");
        navigate("inzagelog");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Gebruiker")), "Anna de Vries");

        assertThat(rowsShown()).anySatisfy(row -> assertThat(row).contains("Anna de Vries (anna)", "Ingezien",
                "Naamzoeker (" + family.getId() + ")"));
    }

    @Test
    void showsACallToTheEngineWithoutAFamily() {
        SignIn.as(users, "anna");
        String call = "POST /camunda/api/engine/engine/default/task/" + System.nanoTime() + "/complete -> 403";
        auditLog.recordOutsideFile("anna", AuditAction.DENIED, "audit.engine.call", call);

        loginAs("marieke");
        navigate("inzagelog");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Gebruiker")), "anna");

        assertThat(rowsShown()).anySatisfy(row -> assertThat(row).contains("Anna de Vries (anna)", "Geweigerd", "",
                "Aanroep van de procesengine (REST-API of webapps): " + call));
    }

    @Test
    void everyManagerSeesWhatAnAdministratorDidInTheEngineButNotAFamilyMembersRefusals() {
        String call = "PUT /engine-rest/job/" + System.nanoTime() + "/retries -> 204";
        SignIn.as(users, "beheer");
        auditLog.recordOutsideFile("beheer", AuditAction.UPDATE, "audit.engine.call", call);
        SignIn.as(users, "sanne");
        auditLog.recordOutsideFile("sanne", AuditAction.DENIED, "audit.page.refused", "monitor");

        for (String manager : List.of("marieke", "mohamed")) {
            SignIn.as(users, manager);
            assertThat(auditLog.search(new AuditFilter("beheer", null, null, null, null), 0, 50))
                    .extracting(AuditEvent::detail).as(manager).contains(call);
            assertThat(auditLog.search(new AuditFilter("sanne", null, null, null, null), 0, 50))
                    .extracting(AuditEvent::subject).as(manager).doesNotContain("audit.page.refused");
        }
    }

    @Test
    void theAdministratorSeesTheAdministrativeActsButNoFamilyFile() {
        Family family = testFamilies.registeredBy("anna", "Geheim");
        families.open(family.getId());
        auditLog.recordOutsideFile("anna", AuditAction.DENIED, "audit.page.refused", "/beheer/teams");
        String team = "Audit " + System.nanoTime() % 100_000;
        SignIn.as(users, "beheer");
        teams.create(null, team);

        loginAs("beheer");
        navigate("inzagelog");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Gebruiker")), "beheer");

        assertThat(rowsShown()).anySatisfy(row -> assertThat(row).contains("Bert Beheer (beheer)", "Aangemaakt",
                "Team aangemaakt: " + team.toLowerCase().replace(' ', '-') + ": " + team));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Gebruiker")), "anna");
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> trail = _get(Grid.class);
        assertThat(newestPage(trail)).isNotEmpty().allMatch(event -> event.familyId() == null);
        _assertNone(ComboBox.class);
    }

    /**
     * The rows of the trail's first page as the reader sees them, newest first. The trail is not counted: in the whole
     * suite a user such as anna has tens of thousands of events, and it is read page by page as the reader scrolls.
     */
    private static List<List<String>> rowsShown() {
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> trail = _get(Grid.class);
        assertThat(trail.getDataCommunicator().isDefinedSize()).as("the trail is paged without counting it").isFalse();
        return newestPage(trail).stream().map(event -> GridKt._getFormattedRow(trail, event)).toList();
    }

    private static List<AuditEvent> newestPage(Grid<AuditEvent> trail) {
        return GridKt._fetch(trail, 0, trail.getPageSize());
    }
}
