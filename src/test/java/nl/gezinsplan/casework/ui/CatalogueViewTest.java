package nl.gezinsplan.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Catalogue;
import nl.gezinsplan.casework.Financing;
import nl.gezinsplan.casework.Product;
import nl.gezinsplan.casework.ProductFilter;
import nl.gezinsplan.casework.Provider;
import nl.gezinsplan.casework.TestCatalogue;
import nl.gezinsplan.casework.Unit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CatalogueViewTest extends ViewTest {

    @Autowired
    Catalogue catalogue;

    @BeforeEach
    void openTheCatalogue() {
        loginAs("beheer");
        navigate("beheer/producten");
    }

    @Test
    void theAdministratorAddsAProduct() {
        String code = TestCatalogue.newCode();
        _click(_get(Button.class, spec -> spec.withText("Nieuw product")));
        fillIn(code, "10.00");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        _assertNone(Dialog.class);
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Zoek op code of naam")), code);
        @SuppressWarnings("unchecked")
        Grid<Product> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).getName()).isEqualTo("Gezinscoaching");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorSaysWhichProvidersOfferAProduct() {
        String code = TestCatalogue.newCode();
        _click(_get(Button.class, spec -> spec.withText("Nieuw product")));
        fillIn(code, "80.00");
        MultiSelectComboBox<Provider> offeredBy = _get(MultiSelectComboBox.class,
                spec -> spec.withLabel("Aangeboden door"));
        _setValue(offeredBy, offeredBy.getListDataView().getItems()
                .filter(provider -> provider.getName().equals("GGZ De Horizon")).collect(Collectors.toSet()));
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        long productId = catalogue.products(new ProductFilter(null, false, code), 0, 1).get(0).getId();
        assertThat(catalogue.providersOf(productId)).extracting(Provider::getName).containsExactly("GGZ De Horizon");
    }

    @Test
    void aNegativeTariffIsRefusedInDutchAndTheInputIsKept() {
        String code = TestCatalogue.newCode();
        _click(_get(Button.class, spec -> spec.withText("Nieuw product")));
        fillIn(code, "-5");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Vul een tarief van 0 euro of meer in.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Code")).getValue()).isEqualTo(code);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Naam")).getValue()).isEqualTo("Gezinscoaching");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorSetsTheFormAndMaximumDurationOfAProductAndSeesThemInTheList() {
        String code = TestCatalogue.newCode();
        _click(_get(Button.class, spec -> spec.withText("Nieuw product")));
        fillIn(code, "57.60");
        _setValue(_get(Select.class, spec -> spec.withLabel("Vorm")), Financing.PERSONAL_BUDGET);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Maximale duur (maanden)")), 9);
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        TextField search = _get(TextField.class, spec -> spec.withPlaceholder("Zoek op code of naam"));
        _setValue(search, code);
        assertThat(GridKt._getFormattedRow(_get(Grid.class), 0)).containsSequence("Pgb", "9 mnd");
        _setValue(search, "01A01");
        assertThat(GridKt._getFormattedRow(_get(Grid.class), 0)).as("in kind, no maximum")
                .containsSequence("ZIN", "");
    }

    @Test
    void theAdministratorGivesAProviderItsAgbCodeAndSeesWhatItIsContractedFor() {
        Grid<Provider> providers = providersTab();
        assertThat(GridKt._getFormattedRow(providers, rowOf(providers, "GGZ De Horizon")))
                .anySatisfy(cell -> assertThat(cell).startsWith("45A02, 54A01, 54A02"));
        String name = "Zorg " + TestCatalogue.newCode();
        String firstCode = TestCatalogue.newAgbCode();
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Nieuwe zorgaanbieder")), name);
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("AGB-code")), firstCode);
        _click(_get(Button.class, spec -> spec.withText("Toevoegen")));
        assertThat(agbCodeField(editor(providers, name)).getValue()).isEqualTo(firstCode);

        String secondCode = TestCatalogue.newAgbCode();
        Component row = editor(providers, name);
        _setValue(agbCodeField(row), secondCode);
        _click(_get(row, Button.class, spec -> spec.withText("Opslaan")));

        assertThat(catalogue.providers(false)).filteredOn(provider -> provider.getName().equals(name))
                .singleElement().extracting(Provider::getAgbCode).isEqualTo(secondCode);
        assertThat(agbCodeField(editor(providers, name)).getValue()).isEqualTo(secondCode);
    }

    @Test
    void aWrongAgbCodeIsRefusedInDutchAndTheInputIsKept() {
        Grid<Provider> providers = providersTab();
        String name = "Zorg " + TestCatalogue.newCode();
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Nieuwe zorgaanbieder")), name);
        _click(_get(Button.class, spec -> spec.withText("Toevoegen")));
        NotificationsKt.clearNotifications();

        Component row = editor(providers, name);
        _setValue(agbCodeField(row), "1234567");
        _click(_get(row, Button.class, spec -> spec.withText("Opslaan")));

        NotificationsKt.expectNotifications("AGB-code 1234567 klopt niet: een AGB-code bestaat uit 8 cijfers.");
        assertThat(agbCodeField(editor(providers, name)).getValue()).as("the list is not reloaded over the input")
                .isEqualTo("1234567");
        assertThat(catalogue.providers(false)).filteredOn(provider -> provider.getName().equals(name))
                .singleElement().extracting(Provider::getAgbCode).isNull();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Provider> providersTab() {
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Zorgaanbieders")));
        return _get(Grid.class);
    }

    private static TextField agbCodeField(Component row) {
        return _get(row, TextField.class, spec -> spec.withPredicate(field -> field.getAriaLabel().orElse("").equals("AGB-code")));
    }

    /** The row's name and AGB code fields with their save button, as the grid renders them for the row's item. */
    private static Component editor(Grid<Provider> providers, String name) {
        return GridKt._getCellComponent(providers, rowOf(providers, name), "provider");
    }

    private static int rowOf(Grid<Provider> providers, String name) {
        return IntStream.range(0, GridKt._size(providers))
                .filter(row -> GridKt._get(providers, row).getName().equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private void fillIn(String code, String tariff) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), code);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Naam")), "Gezinscoaching");
        _setValue(_get(Select.class, spec -> spec.withLabel("Wet")), Law.JEUGDWET);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Categorie")), "45");
        _setValue(_get(Select.class, spec -> spec.withLabel("Eenheid")), Unit.HOUR);
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Tarief (euro per eenheid)")), new BigDecimal(tariff));
    }
}
