package nl.gezinsplan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.IssuedCode;

/** Shows a reset code and its link once, read-only and selectable, to pass on to the user. */
class ResetCodeDialog extends Dialog {

    ResetCodeDialog(IssuedCode issued, DirectoryUser user, Clock clock) {
        setHeaderTitle(getTranslation("users.reset.title", user.fullName()));
        TextField code = readOnly("users.reset.code", issued.code());
        code.addClassName("reset-code");
        TextField link = readOnly("users.reset.link", issued.link());
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(clock.getZone()).format(issued.expiresAt());
        add(new Paragraph(getTranslation("users.reset.intro", user.fullName())), code, link,
                new Paragraph(getTranslation("users.reset.expires", until, user.firstName(), issued.username())));
        Button close = new Button(getTranslation("users.reset.close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setWidth("min(40rem, 100vw)");
    }

    private TextField readOnly(String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value);
        field.setReadOnly(true);
        field.setWidthFull();
        return field;
    }
}
