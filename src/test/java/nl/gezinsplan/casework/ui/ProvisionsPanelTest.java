package nl.gezinsplan.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Catalogue;
import nl.gezinsplan.casework.Frequency;
import nl.gezinsplan.casework.Product;
import nl.gezinsplan.casework.ProductFilter;
import nl.gezinsplan.casework.Provider;
import nl.gezinsplan.casework.ProvisionDraft;
import nl.gezinsplan.casework.ProvisionLine;
import nl.gezinsplan.casework.ProvisionStatus;
import nl.gezinsplan.casework.ProvisionSteps;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProvisionsPanelTest extends ViewTest {

    @Autowired
    Provisions provisions;

    @Autowired
    ProvisionSteps steps;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Families families;

    @Autowired
    TestFamilies testFamilies;

    @Test
    @SuppressWarnings("unchecked")
    void addingAProvisionShowsItsCostAndRaisesTheFamilyTotal() {
        loginAs("anna");
        Family family = testFamilies.register("Bakker");
        Person child = families.addPerson(family.getId(),
                testFamilies.person("Lotte", "Bakker", LocalDate.now().minusYears(9), FamilyRole.CHILD));
        UI.getCurrent().add(new ProvisionsPanel(provisions, catalogue, family.getId(), List.of(child)));
        assertThat(total()).contains(euros("0"));

        _click(_get(Button.class, spec -> spec.withText("Voorziening toevoegen")));
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Gezinslid")), child);
        _setValue(_get(Select.class, spec -> spec.withLabel("Wet")), Law.JEUGDWET);
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Product")),
                catalogue.products(new ProductFilter(Law.JEUGDWET, true, "45A01"), 0, 1).get(0));
        ComboBox<Provider> provider = _get(ComboBox.class, spec -> spec.withLabel("Zorgaanbieder"));
        _setValue(provider, provider.getListDataView().getItem(0));
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Omvang")), new BigDecimal("4"));
        assertThat(_get(Span.class, spec -> spec.withClasses("provision-cost")).getText())
                .isEqualTo("Kosten per jaar: " + euros("14976"));

        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        assertThat(total()).startsWith("Kosten per jaar van de lopende voorzieningen: " + euros("14976"))
                .contains("Jeugdwet " + euros("14976"), "Wmo " + euros("0"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFormOffersTheContractedProvidersFirstAndAsksWhyAnotherOneForCareInKind() {
        openTheFormFor("De Boer", "Noor");
        chooseProduct(Law.JEUGDWET, "45A01");
        ComboBox<Provider> provider = _get(ComboBox.class, spec -> spec.withLabel("Zorgaanbieder"));
        List<String> labels = provider.getListDataView().getItems().map(provider.getItemLabelGenerator()).toList();
        assertThat(labels).hasSize(catalogue.providers(true).size())
                .startsWith("Polderhart Zorgco\u00f6peratie", "Stichting De Brug Jeugdhulp")
                .contains("GGZ De Horizon (niet gecontracteerd)");
        assertThat(provider.getHelperText()).isEqualTo("Eerst de zorgaanbieders met een contract voor dit product.");

        _setValue(provider, providerNamed(provider, "Stichting De Brug Jeugdhulp"));
        _assertNone(TextArea.class);
        _setValue(provider, providerNamed(provider, "GGZ De Horizon"));
        _get(TextArea.class, spec -> spec.withLabel("Reden voor deze zorgaanbieder"));

        chooseProduct(Law.JEUGDWET, "54A01");
        assertThat(provider.getValue().getName()).as("the only contracted one is chosen").isEqualTo("GGZ De Horizon");
        _assertNone(TextArea.class);
        chooseProduct(Law.JEUGDWET, "45P01");
        _setValue(provider, providerNamed(provider, "Stichting De Brug Jeugdhulp"));
        _assertNone(TextArea.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProviderWithoutContractIsSavedOnlyWithAReasonWhichTheListShows() {
        openTheFormFor("Jansen", "Daan");
        chooseProduct(Law.JEUGDWET, "45A01");
        ComboBox<Provider> provider = _get(ComboBox.class, spec -> spec.withLabel("Zorgaanbieder"));
        _setValue(provider, providerNamed(provider, "GGZ De Horizon"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Omvang")), new BigDecimal("4"));

        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText()).isEqualTo("Deze "
                + "zorgaanbieder heeft geen contract voor dit product. Leg uit waarom u toch voor deze aanbieder kiest.");
        assertThat(provider.getValue().getName()).isEqualTo("GGZ De Horizon");

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Reden voor deze zorgaanbieder")),
                "Wachtlijst bij de gecontracteerde aanbieders");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        _assertNone(Dialog.class);
        assertThat(GridKt._getFormattedRow(_get(Grid.class), 0))
                .contains("GGZ De Horizon (niet gecontracteerd: Wachtlijst bij de gecontracteerde aanbieders)");
    }

    /** A family with one child, and the form to add a provision with the child chosen. */
    @SuppressWarnings("unchecked")
    private void openTheFormFor(String familyName, String childName) {
        loginAs("anna");
        Family family = testFamilies.register(familyName);
        Person child = families.addPerson(family.getId(),
                testFamilies.person(childName, familyName, LocalDate.now().minusYears(10), FamilyRole.CHILD));
        UI.getCurrent().add(new ProvisionsPanel(provisions, catalogue, family.getId(), List.of(child)));
        _click(_get(Button.class, spec -> spec.withText("Voorziening toevoegen")));
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Gezinslid")), child);
    }

    @SuppressWarnings("unchecked")
    private void chooseProduct(Law law, String code) {
        _setValue(_get(Select.class, spec -> spec.withLabel("Wet")), law);
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Product")),
                catalogue.products(new ProductFilter(law, true, code), 0, 1).get(0));
    }

    private static Provider providerNamed(ComboBox<Provider> provider, String name) {
        return provider.getListDataView().getItems().filter(choice -> choice.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void endingAProvisionTakesItOutOfTheTotal() {
        loginAs("anna");
        Family family = testFamilies.register("Smit");
        Person parent = families.addPerson(family.getId(),
                testFamilies.person("Ilse", "Smit", LocalDate.of(1990, 6, 1), FamilyRole.PARENT));
        Product support = catalogue.products(new ProductFilter(Law.WMO, true, "01A01"), 0, 1).get(0);
        provisions.allocate(family.getId(), new ProvisionDraft(parent.getId(), support.getId(),
                catalogue.providersOf(support.getId()).get(0).getId(), new BigDecimal("3"), Frequency.PER_WEEK, LocalDate.now(),
                null, null, null));
        UI.getCurrent().add(new ProvisionsPanel(provisions, catalogue, family.getId(), List.of(parent)));
        assertThat(total()).contains("Wmo " + euros("5226"));

        Grid<ProvisionLine> grid = _get(Grid.class);
        grid.select(GridKt._get(grid, 0));
        _click(_get(Button.class, spec -> spec.withText("Be\u00ebindigen")));
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Be\u00ebindigen")));

        assertThat(total()).contains("Wmo " + euros("0"));
        assertThat(GridKt._get(grid, 0).status()).isEqualTo(ProvisionStatus.ENDED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProvidersExitPerspectiveIsShownWithItsProvision() {
        loginAs("anna");
        Family family = testFamilies.register("Mulder");
        Person child = families.addPerson(family.getId(),
                testFamilies.person("Sem", "Mulder", LocalDate.now().minusYears(12), FamilyRole.CHILD));
        Product guidance = catalogue.products(new ProductFilter(Law.JEUGDWET, true, "45A01"), 0, 1).get(0);
        long provisionId = provisions.allocate(family.getId(), new ProvisionDraft(child.getId(), guidance.getId(),
                catalogue.providersOf(guidance.getId()).get(0).getId(), new BigDecimal("4"), Frequency.PER_WEEK, LocalDate.now(),
                null, null, null)).getId();
        steps.recordExitPerspective(provisionId, "Terug naar huis na de zomer");

        UI.getCurrent().add(new ProvisionsPanel(provisions, catalogue, family.getId(), List.of(child)));

        assertThat(GridKt._getFormattedRow(_get(Grid.class), 0))
                .contains("Terug naar huis na de zomer (" + Formats.date(LocalDate.now(), UI.getCurrent().getLocale())
                        + ")");
    }

    @Test
    void aManagerSeesTheProvisionsButCannotChangeThem() {
        loginAs("anna");
        Family family = testFamilies.register("Visser");
        loginAs("marieke");

        UI.getCurrent().add(new ProvisionsPanel(provisions, catalogue, family.getId(), List.of()));

        _assertNone(Button.class, spec -> spec.withText("Voorziening toevoegen"));
        _assertNone(Button.class, spec -> spec.withText("Be\u00ebindigen"));
    }

    private static String total() {
        return _get(Paragraph.class, spec -> spec.withClasses("provisions-total")).getText();
    }

    private static String euros(String amount) {
        return Formats.euros(new BigDecimal(amount), UI.getCurrent().getLocale());
    }
}
