package nl.gezinsplan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import nl.gezinsplan.security.AccountEmails;
import nl.gezinsplan.security.AccountRefused;
import nl.gezinsplan.security.SecurityLimits;

/** A family member's own e-mail address, and whether Gezinsplan e-mails them when there is something new. */
class FamilyEmailForm extends VerticalLayout {

    FamilyEmailForm(AccountEmails emails) {
        setPadding(false);
        AccountEmails.OwnEmail own = emails.own();
        EmailField address = new EmailField(getTranslation("account.email.address"));
        address.setValue(own.email());
        address.setMaxLength(SecurityLimits.EMAIL);
        address.setId("account-email");
        address.setWidth("min(24rem, 100%)");
        Checkbox wanted = new Checkbox(getTranslation("account.email.wanted"), own.wanted());
        wanted.setId("account-email-wanted");
        Button save = new Button(getTranslation("account.email.save"), click -> {
            try {
                emails.changeOwn(address.getValue(), wanted.getValue());
                address.setInvalid(false);
                Notification.show(getTranslation("account.email.saved"));
            } catch (AccountRefused refused) {
                address.setErrorMessage(getTranslation(refused.messageKey()));
                address.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("account-email-save");
        add(new Paragraph(getTranslation("account.email.intro")), address, wanted, save);
    }
}
