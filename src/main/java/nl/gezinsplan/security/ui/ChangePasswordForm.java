package nl.gezinsplan.security.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.stream.Stream;
import nl.gezinsplan.security.AccountRefused;
import nl.gezinsplan.security.PasswordResets;

/** On *Mijn account*: the current password, the new one twice; a refusal shows on its field and keeps the input. */
class ChangePasswordForm extends VerticalLayout {

    private final PasswordResets passwords;
    private final PasswordField current = new PasswordField(getTranslation("account.password.current"));
    private final PasswordField next = new PasswordField(getTranslation("password.choose.new"));
    private final PasswordField repeat = new PasswordField(getTranslation("password.choose.repeat"));

    ChangePasswordForm(PasswordResets passwords) {
        this.passwords = passwords;
        setPadding(false);
        setMaxWidth("36rem");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        next.setAutocomplete(Autocomplete.NEW_PASSWORD);
        next.setHelperText(getTranslation("password.choose.help"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Stream.of(current, next, repeat).forEach(HasSize::setWidthFull);
        add(current, next, repeat, new Button(getTranslation("account.password.change"), click -> change()));
    }

    private void change() {
        Stream.of(current, next, repeat).forEach(field -> field.setInvalid(false));
        if (!next.getValue().equals(repeat.getValue())) {
            refuse(repeat, "password.choose.mismatch");
            return;
        }
        try {
            passwords.changePassword(current.getValue(), next.getValue());
        } catch (AccountRefused refused) {
            refuse(refused.messageKey().equals("security.password.current-wrong") ? current : next,
                    refused.messageKey());
            return;
        }
        Stream.of(current, next, repeat).forEach(PasswordField::clear);
        Notification.show(getTranslation("account.password.changed"));
    }

    private void refuse(PasswordField field, String messageKey) {
        field.setErrorMessage(getTranslation(messageKey));
        field.setInvalid(true);
    }
}
