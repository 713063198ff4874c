package nl.gezinsplan.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Catalogue;
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
