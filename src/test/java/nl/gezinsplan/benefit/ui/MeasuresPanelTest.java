package nl.gezinsplan.benefit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.benefit.Obligation;
import nl.gezinsplan.benefit.TestRights;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.decision.DecisionKind;
import nl.gezinsplan.decision.DecisionLetters;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.TestFamilies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The family page's measures: imposing one in its dialog, refused input kept, and who sees the tab and the button. */
class MeasuresPanelTest extends ViewTest {

    @Autowired
    TestRights rights;

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    DecisionLetters letters;

    @Test
    @SuppressWarnings("unchecked")
    void aConsultantImposesAMeasureAndTheFamilyGetsItsLetter() {
        GrantedCare right = rights.granted(LocalDate.now().minusMonths(3), LocalDate.now().plusMonths(9));
        loginAs(TestRights.CONSULTANT);
        navigate("gezinnen/" + right.familyId());
        openMeasuresTab();
        assertThat(_get(_get(MeasuresPanel.class), Paragraph.class).getText())
                .isEqualTo("Er zijn geen maatregelen opgelegd.");

        _click(_get(Button.class, spec -> spec.withId("impose-measure")));
        MeasureDialog dialog = _get(MeasureDialog.class);
        assertThat(dialog.right.getValue().id()).as("the family's only right is chosen").isEqualTo(right.provisionId());
        _setValue(dialog.obligation, Obligation.WORK);
        _setValue(dialog.percentage, 30);
        _setValue(dialog.months, 2);
        _click(_get(dialog, Button.class, spec -> spec.withText("Maatregel opleggen")));
        assertThat(dialog.error.getText()).isEqualTo("Schrijf waarom u deze maatregel oplegt.");
        assertThat(dialog.percentage.getValue()).as("nothing typed is lost").isEqualTo(30);
        assertThat(dialog.isOpened()).isTrue();

        _setValue(dialog.motivation, "U bent drie keer niet op het werkplein verschenen.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Maatregel opleggen")));

        NotificationsKt.expectNotifications("De maatregel is opgelegd. De brief staat bij de beschikkingen.");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("measures"));
        assertThat(GridKt._size(grid)).isOne();
        assertThat(GridKt._getFormattedRow((Grid<Object>) grid, 0)).contains("Sam Bijstand", "Arbeidsverplichtingen",
                "30 procent");
        assertThat(letters.lettersOf(right.familyId())).singleElement()
                .satisfies(letter -> assertThat(letter.kind()).isEqualTo(DecisionKind.MEASURE));
    }

    @Test
    void aManagerSeesTheMeasuresButImposesNone() {
        GrantedCare right = rights.granted(LocalDate.now().minusMonths(3), LocalDate.now().plusMonths(9));
        loginAs("mohamed");
        navigate("gezinnen/" + right.familyId());
        openMeasuresTab();

        assertThat(_get(MeasuresPanel.class).isVisible()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("impose-measure"))).isEmpty();
    }

    @Test
    void aFamilyWithoutIncomeSupportHasNoMeasuresTab() {
        Family family = testFamilies.registeredBy("anna", "Zonder");
        loginAs("anna");
        navigate("gezinnen/" + family.getId());

        assertThat(_find(Tab.class, spec -> spec.withLabel("Maatregelen"))).isEmpty();
    }

    private static void openMeasuresTab() {
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Maatregelen")));
    }
}
