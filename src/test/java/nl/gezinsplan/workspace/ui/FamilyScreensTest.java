package nl.gezinsplan.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.FamilySummary;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.family.TestFamilies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class FamilyScreensTest extends ViewTest {

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Families families;

    @Test
    void aConsultantFindsAFamilyByNameAndOpensIt() {
        Family family = testFamilies.registeredBy("anna", "Vindbaar");
        loginAs("anna");
        navigate("gezinnen");

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder(
                "Zoek op naam, BSN of geboortedatum (d-m-jjjj)")), "vindb");
        @SuppressWarnings("unchecked")
        Grid<FamilySummary> results = _get(Grid.class);
        assertThat(results.getDataCommunicator().isDefinedSize())
                .as("not counted: a manager's count over a big city takes longer than the page").isFalse();
        assertThat(GridKt._size(results)).isEqualTo(1);
        assertThat(GridKt._get(results, 0).id()).isEqualTo(family.getId());

        UI.getCurrent().navigate(FamilyView.class, family.getId());
        assertThat(_get(H1.class).getText()).isEqualTo("Gezin Vindbaar");
        assertThat(_get(Grid.class, spec -> spec.withId("members"))).isNotNull();
    }

    @Test
    void twoFamiliesOfTheSameNameAreToldApartByTheirMembersAndWhatMatched() {
        Family older = testFamilies.registeredBy("anna", "Tweelingstra");
        families.addPerson(older.getId(),
                testFamilies.person("Noor", "Tweelingstra", LocalDate.of(2012, 7, 9), FamilyRole.CHILD));
        Family younger = testFamilies.register("Tweelingstra");
        families.addPerson(younger.getId(),
                testFamilies.person("Mees", "Tweelingstra", LocalDate.of(2019, 2, 1), FamilyRole.CHILD));
        loginAs("anna");
        navigate("gezinnen");

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder(
                "Zoek op naam, BSN of geboortedatum (d-m-jjjj)")), "tweelingstra");
        @SuppressWarnings("unchecked")
        Grid<FamilySummary> results = _get(Grid.class);
        assertThat(GridKt._size(results)).isEqualTo(2);
        assertThat(List.of(GridKt._getFormatted(results, 0, "members"), GridKt._getFormatted(results, 1, "members")))
                .containsExactlyInAnyOrder("Sam Tweelingstra (1985), Noor Tweelingstra (2012)",
                        "Sam Tweelingstra (1985), Mees Tweelingstra (2019)");
        assertThat(GridKt._getFormatted(results, 0, "match")).isEqualTo("naam van het gezin");

        _setValue(_get(TextField.class), "mees");
        assertThat(GridKt._findAll(results)).filteredOn(found -> found.id() == younger.getId()).hasSize(1);
        int row = GridKt._findAll(results).indexOf(GridKt._findAll(results).stream()
                .filter(found -> found.id() == younger.getId()).findFirst().orElseThrow());
        assertThat(GridKt._getFormatted(results, row, "match")).isEqualTo("naam van Mees Tweelingstra");
    }

    @Test
    void aResultListArrivingAfterTheClickDoesNotChangeWhichFamilyOpens() {
        Family clicked = testFamilies.registeredBy("anna", "Laatkomer");
        testFamilies.register("Laatkomers");
        loginAs("anna");
        navigate("gezinnen");
        TextField search = _get(TextField.class);
        _setValue(search, "laatkomer");
        @SuppressWarnings("unchecked")
        Grid<FamilySummary> results = _get(Grid.class);
        FamilySummary seen = GridKt._findAll(results).stream().filter(found -> found.id() == clicked.getId())
                .findFirst().orElseThrow();
        String key = results.getDataCommunicator().getKeyMapper().key(seen);

        // the browser sends the typed text's late change before the click on the row the user saw
        _setValue(search, "laatkomers");
        com.vaadin.flow.component.ComponentUtil.fireEvent(results,
                new com.vaadin.flow.component.grid.ItemClickEvent<>(results, true, key, null, 0, 0, 0, 0, 1, 0,
                        false, false, false, false));

        assertThat(_get(H1.class).getText()).isEqualTo("Gezin Laatkomer");
    }

    @Test
    void aConsultantRegistersAFamilyAndBecomesItsContactPerson() {
        loginAs("bram");
        navigate("gezinnen");

        _click(_get(Button.class, spec -> spec.withText("Nieuw gezin")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Naam van het gezin")), "Nieuwkomer");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Voornaam")), "Lotte");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Achternaam")), "Nieuwkomer");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("BSN")), testFamilies.unusedBsn());
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Geboortedatum")), LocalDate.of(1988, 2, 3));
        @SuppressWarnings("unchecked")
        Select<FamilyRole> role = _get(dialog, Select.class, spec -> spec.withLabel("Rol in het gezin"));
        _setValue(role, FamilyRole.PARENT);
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));

        assertThat(_get(H1.class).getText()).isEqualTo("Gezin Nieuwkomer");
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class))
                .anyMatch(text -> text.getText().startsWith("Bram Jansen"));
    }

    @Test
    void anInvalidBsnIsExplainedInDutchAndTheDialogKeepsWhatWasTyped() {
        Family family = testFamilies.registeredBy("anna", "Elfproef");
        loginAs("anna");
        UI.getCurrent().navigate(FamilyView.class, family.getId());

        _click(_get(Button.class, spec -> spec.withText("Gezinslid toevoegen")));
        Dialog dialog = _get(Dialog.class);
        TextField bsn = _get(dialog, TextField.class, spec -> spec.withLabel("BSN"));
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Voornaam")), "Mila");
        _setValue(bsn, "999990018");
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(bsn.isInvalid()).isTrue();
        assertThat(bsn.getErrorMessage()).contains("elfproef");
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Voornaam")).getValue()).isEqualTo("Mila");
    }

    @Test
    void aBsnThatIsAlreadyKnownIsExplainedAndNothingIsLost() {
        Family family = testFamilies.registeredBy("anna", "Bekend");
        String knownBsn = jdbc.sql("select bsn from person where family_id = :id").param("id", family.getId())
                .query(String.class).single();
        loginAs("anna");
        UI.getCurrent().navigate(FamilyView.class, family.getId());

        _click(_get(Button.class, spec -> spec.withText("Gezinslid toevoegen")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Voornaam")), "Kees");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Achternaam")), "Bekend");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("BSN")), knownBsn);
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Geboortedatum")), LocalDate.of(2015, 1, 1));
        @SuppressWarnings("unchecked")
        Select<FamilyRole> role = _get(dialog, Select.class, spec -> spec.withLabel("Rol in het gezin"));
        _setValue(role, FamilyRole.CHILD);
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));

        NotificationsKt.expectNotifications(
                "Er staat al iemand met dit BSN in Gezinsplan. Zoek eerst op BSN of de persoon al bekend is.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Voornaam")).getValue()).isEqualTo("Kees");
    }

    @Test
    void aConsultantOfAnUnrelatedTeamSeesARefusalInsteadOfTheFamily() {
        Family family = testFamilies.registeredBy("anna", "Afgeschermd");
        loginAs("daan");

        UI.getCurrent().navigate(FamilyView.class, family.getId());

        assertThat(_get(H1.class).getText()).isEqualTo("Geen toegang");
        assertThat(_find(Grid.class, spec -> spec.withId("members"))).isEmpty();
    }

    @Test
    void theConsultantsHomeShowsTheirCaseload() {
        Family family = testFamilies.registeredBy("anna", "Eigen gezin");
        loginAs("anna");
        navigate("werk");

        @SuppressWarnings("unchecked")
        Grid<FamilySummary> caseload = _get(Grid.class, spec -> spec.withId("my-families"));
        assertThat(GridKt._findAll(caseload)).extracting(FamilySummary::id).contains(family.getId());
    }

    @Test
    void theTimelineShowsWhatHappened() {
        Family family = testFamilies.registeredBy("anna", "Tijdlijn");
        Person child = testFamilies.person("Bo", "Tijdlijn", LocalDate.of(2016, 4, 4), FamilyRole.CHILD);
        loginAs("anna");
        UI.getCurrent().navigate(FamilyView.class, family.getId());
        _click(_get(Button.class, spec -> spec.withText("Gezinslid toevoegen")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Voornaam")), child.getFirstName());
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Achternaam")), child.getLastName());
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Geboortedatum")), child.getBirthDate());
        @SuppressWarnings("unchecked")
        Select<FamilyRole> role = _get(dialog, Select.class, spec -> spec.withLabel("Rol in het gezin"));
        _setValue(role, FamilyRole.CHILD);
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));

        openTab("Tijdlijn");
        @SuppressWarnings("unchecked")
        Grid<nl.gezinsplan.security.AuditEvent> timeline = _get(Grid.class, spec -> spec.withId("timeline"));
        assertThat(GridKt._findAll(timeline)).extracting(nl.gezinsplan.security.AuditEvent::subject)
                .containsExactly("audit.person.added", "audit.family.created");
    }

    private static void openTab(String label) {
        TabSheet sections = _get(TabSheet.class);
        for (int index = 0; ; index++) {
            Tab tab = sections.getTabAt(index);
            if (label.equals(tab.getLabel())) {
                sections.setSelectedTab(tab);
                return;
            }
        }
    }
}
