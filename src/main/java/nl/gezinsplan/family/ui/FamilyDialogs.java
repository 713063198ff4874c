package nl.gezinsplan.family.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.Person;

/**
 * The dialogs that register a family and add or edit a member. A refused save shows why, in the user's language, and
 * keeps the dialog open with everything that was typed.
 */
public final class FamilyDialogs {

    private FamilyDialogs() {
    }

    public static Dialog registerFamily(Families families, Consumer<Family> registered) {
        FamilyForm familyForm = new FamilyForm();
        PersonForm firstMember = new PersonForm();
        Family family = new Family();
        Person person = new Person();
        familyForm.edit(family);
        firstMember.edit(person);
        return dialog("family.register.title", () -> {
            if (!familyForm.writeTo(family) | !firstMember.writeTo(person)) {
                return null;
            }
            return families.create(family, person);
        }, registered, familyForm, new H3(familyForm.getTranslation("family.register.first-member")), firstMember);
    }

    public static Dialog addMember(Families families, long familyId, Consumer<Person> added) {
        PersonForm form = new PersonForm();
        Person person = new Person();
        form.edit(person);
        return dialog("family.person.add", () -> form.writeTo(person) ? families.addPerson(familyId, person) : null,
                added, form);
    }

    public static Dialog editMember(Families families, Person person, Consumer<Person> saved) {
        PersonForm form = new PersonForm();
        form.edit(person);
        return dialog("family.person.edit", () -> form.writeTo(person) ? families.updatePerson(person) : null,
                saved, form);
    }

    public static Dialog editFamily(Families families, Family family, Consumer<Family> saved) {
        FamilyForm form = new FamilyForm();
        form.edit(family);
        return dialog("family.edit", () -> form.writeTo(family) ? families.update(family) : null, saved, form);
    }

    /** {@code save} returns null when the form itself refused the input (its fields then say why). */
    private static <T> Dialog dialog(String titleKey, Supplier<T> save, Consumer<T> done, Component... content) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation(titleKey));
        dialog.add(content);
        Button saveButton = new Button(dialog.getTranslation("family.save"), click -> {
            try {
                T result = save.get();
                if (result != null) {
                    dialog.close();
                    done.accept(result);
                }
            } catch (InvalidInput refused) {
                Notification.show(dialog.getTranslation(refused.messageKey(), refused.arguments()), 6_000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("family.cancel"), click -> dialog.close()), saveButton);
        dialog.setWidth("min(44rem, 100vw)");
        return dialog;
    }
}
