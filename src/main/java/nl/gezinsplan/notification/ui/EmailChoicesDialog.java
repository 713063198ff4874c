package nl.gezinsplan.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import nl.gezinsplan.notification.EmailChoice;
import nl.gezinsplan.notification.NotificationKind;
import nl.gezinsplan.notification.Notifications;

/** The user's choice per kind of notification: only in Gezinsplan, also by e-mail at once, or in a daily digest. */
class EmailChoicesDialog extends Dialog {

    EmailChoicesDialog(Notifications notifications) {
        setHeaderTitle(getTranslation("notification.email.title"));
        VerticalLayout choices = new VerticalLayout(new Paragraph(getTranslation("notification.email.intro")));
        choices.setPadding(false);
        Map<NotificationKind, EmailChoice> chosen = notifications.emailChoices();
        for (NotificationKind kind : NotificationKind.values()) {
            Select<EmailChoice> select = new Select<>();
            select.setLabel(getTranslation("notification.kind." + kind.name()));
            select.setItems(EmailChoice.values());
            select.setItemLabelGenerator(choice -> getTranslation("notification.email." + choice.name()));
            select.setValue(chosen.get(kind));
            select.setWidthFull();
            select.setId("email-" + kind.name());
            select.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    notifications.chooseEmail(kind, change.getValue());
                }
            });
            choices.add(select);
        }
        add(choices);
        Button close = new Button(getTranslation("notification.email.close"), click -> close());
        close.setId("email-close");
        getFooter().add(close);
        setWidth("min(32rem, 100vw)");
    }
}
