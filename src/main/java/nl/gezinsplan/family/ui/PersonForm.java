package nl.gezinsplan.family.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.family.Bsn;
import nl.gezinsplan.family.FamilyLimits;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.Person;

/** The fields of a family member, checked as they are typed: the BSN passes the 11-check, the birth date is past. */
public class PersonForm extends FormLayout {

    private final Binder<Person> binder = new Binder<>(Person.class);

    public PersonForm() {
        TextField firstName = new TextField(getTranslation("family.person.first-name"));
        TextField lastName = new TextField(getTranslation("family.person.last-name"));
        TextField bsn = new TextField(getTranslation("family.person.bsn"));
        bsn.setHelperText(getTranslation("family.person.bsn.help"));
        bsn.setMaxLength(11);
        bsn.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(getTranslation("family.person.bsn.invalid")));
        FormInput.limit(firstName, FamilyLimits.FIRST_NAME);
        FormInput.limit(lastName, FamilyLimits.LAST_NAME);
        DatePicker birthDate = FormInput.datePicker(getTranslation("family.person.birth-date"));
        birthDate.setLocale(getLocale());
        birthDate.setMax(LocalDate.now());
        birthDate.setI18n(birthDate.getI18n().setMaxErrorMessage(getTranslation("family.person.birth-date.invalid")));
        Select<FamilyRole> role = new Select<>();
        role.setLabel(getTranslation("family.person.role"));
        role.setItems(FamilyRole.values());
        role.setItemLabelGenerator(value -> getTranslation("family.role." + value.name()));

        binder.forField(firstName).asRequired(getTranslation("family.person.name.required"))
                .bind(Person::getFirstName, Person::setFirstName);
        binder.forField(lastName).asRequired(getTranslation("family.person.name.required"))
                .bind(Person::getLastName, Person::setLastName);
        binder.forField(bsn)
                .withValidator(value -> value == null || value.isBlank() || Bsn.parse(value).isPresent(),
                        getTranslation("family.person.bsn.invalid"))
                .bind(Person::getBsn, Person::setBsn);
        binder.forField(birthDate).asRequired(getTranslation("family.person.birth-date.invalid"))
                .withValidator(value -> !value.isAfter(LocalDate.now()), getTranslation("family.person.birth-date.invalid"))
                .bind(Person::getBirthDate, Person::setBirthDate);
        binder.forField(role).asRequired(getTranslation("family.person.role.required"))
                .bind(Person::getFamilyRole, Person::setFamilyRole);

        add(firstName, lastName, bsn, birthDate, role);
    }

    public void edit(Person person) {
        binder.readBean(person);
    }

    /** Writes valid input into {@code person}; leaves the fields as typed and shows what to correct otherwise. */
    public boolean writeTo(Person person) {
        return binder.writeBeanIfValid(person);
    }
}
