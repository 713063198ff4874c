package nl.gezinsplan.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Catalogue;
import nl.gezinsplan.casework.CaseworkLimits;
import nl.gezinsplan.casework.Financing;
import nl.gezinsplan.casework.HousingForm;
import nl.gezinsplan.casework.Product;
import nl.gezinsplan.casework.Provider;
import nl.gezinsplan.casework.Unit;

/** The administrator's dialog to add or change a product; on a refusal it stays open with what was typed. */
class ProductForm extends Dialog {

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Select<Law> law = new Select<>();
    private final TextField category = new TextField();
    private final Select<Unit> unit = new Select<>();
    private final BigDecimalField tariff = new BigDecimalField();
    private final Select<Financing> financing = new Select<>();
    private final IntegerField maxDuration = new IntegerField();
    private final Checkbox residential = new Checkbox();
    private final Checkbox fosterCare = new Checkbox();
    private final Select<HousingForm> housingForm = new Select<>();
    private final Checkbox active = new Checkbox();
    private final MultiSelectComboBox<Provider> providers = new MultiSelectComboBox<>();
    private final Paragraph error = new Paragraph();

    ProductForm(Catalogue catalogue, Product product, Runnable onSaved) {
        setHeaderTitle(product.getId() == null ? getTranslation("casework.catalogue.new-product")
                : getTranslation("casework.product.edit", product.getCode()));
        code.setLabel(getTranslation("casework.product.code"));
        FormInput.limit(code, CaseworkLimits.PRODUCT_CODE);
        FormInput.limit(name, CaseworkLimits.PRODUCT_NAME);
        FormInput.limit(category, CaseworkLimits.PRODUCT_CATEGORY);
        name.setLabel(getTranslation("casework.product.name"));
        law.setLabel(getTranslation("casework.product.law"));
        law.setItems(Law.values());
        law.setItemLabelGenerator(value -> getTranslation("casework.law." + value.name()));
        category.setLabel(getTranslation("casework.product.category"));
        unit.setLabel(getTranslation("casework.product.unit"));
        unit.setItems(Unit.values());
        unit.setItemLabelGenerator(value -> getTranslation("casework.unit." + value.name()));
        tariff.setLabel(getTranslation("casework.product.tariff"));
        financing.setLabel(getTranslation("casework.product.financing"));
        financing.setItems(Financing.values());
        financing.setItemLabelGenerator(value -> getTranslation("casework.financing." + value.name()));
        maxDuration.setLabel(getTranslation("casework.product.max-duration"));
        maxDuration.setPlaceholder(getTranslation("casework.product.max-duration.none"));
        residential.setLabel(getTranslation("casework.product.residential"));
        fosterCare.setLabel(getTranslation("casework.product.foster-care"));
        housingForm.setLabel(getTranslation("casework.product.housing-form"));
        housingForm.setItems(HousingForm.values());
        housingForm.setEmptySelectionAllowed(true);
        housingForm.setItemLabelGenerator(value -> value == null ? "" : getTranslation("casework.housing-form." + value.name()));
        active.setLabel(getTranslation("casework.product.active"));
        providers.setLabel(getTranslation("casework.product.providers"));
        List<Provider> all = catalogue.providers(false);
        providers.setItems(all);
        providers.setItemLabelGenerator(Provider::getName);
        error.addClassName("form-error");
        error.setVisible(false);
        show(product);
        if (product.getId() != null) {
            List<Long> offering = catalogue.allProvidersOf(product.getId()).stream().map(Provider::getId).toList();
            providers.setValue(all.stream()
                    .filter(provider -> offering.contains(provider.getId())).toList());
        }

        Button save = new Button(getTranslation("casework.form.save"), click -> save(catalogue, product, onSaved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("casework.form.cancel"), click -> close()), save);
        FormLayout fields = new FormLayout(code, name, law, category, unit, tariff, financing, maxDuration,
                residential, fosterCare, housingForm, active, providers);
        fields.setColspan(providers, 2);
        add(fields, error);
    }

    private void show(Product product) {
        code.setValue(orEmpty(product.getCode()));
        name.setValue(orEmpty(product.getName()));
        law.setValue(product.getLaw());
        category.setValue(orEmpty(product.getCategoryCode()));
        unit.setValue(product.getUnit());
        tariff.setValue(product.getTariff());
        financing.setValue(product.getFinancing());
        maxDuration.setValue(product.getMaxDurationMonths());
        residential.setValue(product.isResidential());
        fosterCare.setValue(product.isFosterCare());
        housingForm.setValue(product.getHousingForm());
        active.setValue(product.isActive());
    }

    private void save(Catalogue catalogue, Product product, Runnable onSaved) {
        product.setCode(code.getValue());
        product.setName(name.getValue().trim());
        product.setLaw(law.getValue());
        product.setCategoryCode(category.getValue());
        product.setUnit(unit.getValue());
        product.setTariff(tariff.getValue());
        product.setFinancing(financing.getValue());
        product.setMaxDurationMonths(maxDuration.getValue());
        product.setResidential(residential.getValue());
        product.setFosterCare(fosterCare.getValue());
        product.setHousingForm(housingForm.getValue());
        product.setActive(active.getValue());
        FormInput.save(this, error, () -> {
            Product saved = catalogue.save(product,
                    providers.getValue().stream().map(Provider::getId).toList());
            Notification.show(getTranslation("casework.product.saved", saved.getCode()));
            close();
            onSaved.run();
        });
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
