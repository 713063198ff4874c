package nl.gezinsplan.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Function;
import nl.gezinsplan.security.AccountRefused;
import nl.gezinsplan.security.TwoFactor;

/**
 * Enrolment in two-factor: the secret as a QR code and as text to type, then the app's first code, then the recovery
 * codes. Used on *Mijn account* and in the login's second step, each with its own way to confirm.
 */
public class TwoFactorEnrolment extends VerticalLayout {

    private final TextField code = codeField("two-factor.code.helper");

    public TwoFactorEnrolment(TwoFactor.Enrolment enrolment, Function<String, List<String>> confirm, Runnable done) {
        setPadding(false);
        Image qrCode = new Image(enrolment.qrCode(), getTranslation("two-factor.qr-alt"));
        qrCode.setWidth("200px");
        qrCode.setHeight("200px");
        Span secret = new Span(String.join(" ", enrolment.secret().split("(?<=\\G.{4})")));
        secret.setId("two-factor-secret");
        secret.addClassName("two-factor-secret");

        Button confirmButton = new Button(getTranslation("two-factor.confirm"), click -> {
            try {
                List<String> recoveryCodes = confirm.apply(code.getValue());
                removeAll();
                add(new RecoveryCodes(recoveryCodes, done));
            } catch (AccountRefused refused) {
                code.setErrorMessage(getTranslation(refused.messageKey()));
                code.setInvalid(true);
            }
        });
        confirmButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmButton.addClickShortcut(Key.ENTER);

        add(new Paragraph(getTranslation("two-factor.scan")), qrCode,
                new Paragraph(new Span(getTranslation("two-factor.manual") + " "), secret), code, confirmButton);
    }

    /** The field for a code from the app: labelled, and filled in by the phone's keyboard or password manager. */
    public static TextField codeField(String helperKey) {
        TextField field = new TextField();
        field.setLabel(field.getTranslation("two-factor.code"));
        field.setHelperText(field.getTranslation(helperKey));
        field.getElement().setAttribute("autocomplete", "one-time-code");
        field.setMaxLength(64);
        field.setRequiredIndicatorVisible(true);
        return field;
    }
}
