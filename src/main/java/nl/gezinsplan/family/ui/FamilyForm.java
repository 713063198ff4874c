package nl.gezinsplan.family.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.FamilyLimits;

/** The household's name and address. */
public class FamilyForm extends FormLayout {

    private final Binder<Family> binder = new Binder<>(Family.class);

    public FamilyForm() {
        TextField name = new TextField(getTranslation("family.name"));
        name.setHelperText(getTranslation("family.name.help"));
        TextField street = new TextField(getTranslation("family.street"));
        TextField houseNumber = new TextField(getTranslation("family.house-number"));
        TextField postalCode = new TextField(getTranslation("family.postal-code"));
        TextField city = new TextField(getTranslation("family.city"));
        TextField district = new TextField(getTranslation("family.district"));

        FormInput.limit(name, FamilyLimits.NAME);
        FormInput.limit(street, FamilyLimits.STREET);
        FormInput.limit(houseNumber, FamilyLimits.HOUSE_NUMBER);
        FormInput.limit(postalCode, FamilyLimits.POSTAL_CODE);
        FormInput.limit(city, FamilyLimits.CITY);
        FormInput.limit(district, FamilyLimits.DISTRICT);

        binder.forField(name).asRequired(getTranslation("family.name.required")).bind(Family::getName, Family::setName);
        binder.forField(street).bind(Family::getStreet, Family::setStreet);
        binder.forField(houseNumber).bind(Family::getHouseNumber, Family::setHouseNumber);
        binder.forField(postalCode)
                .withValidator(value -> value == null || value.isBlank() || value.replace(" ", "").matches("\\d{4}[A-Za-z]{2}"),
                        getTranslation("family.postal-code.invalid"))
                .bind(Family::getPostalCode, Family::setPostalCode);
        binder.forField(city).bind(Family::getCity, Family::setCity);
        binder.forField(district).bind(Family::getDistrict, Family::setDistrict);

        add(name, district, street, houseNumber, postalCode, city);
    }

    public void edit(Family family) {
        binder.readBean(family);
    }

    public boolean writeTo(Family family) {
        return binder.writeBeanIfValid(family);
    }
}
