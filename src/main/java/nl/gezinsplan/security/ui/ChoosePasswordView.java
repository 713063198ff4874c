package nl.gezinsplan.security.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Stream;
import nl.gezinsplan.security.AccountRefused;
import nl.gezinsplan.security.LoginPage;
import nl.gezinsplan.security.PasswordResets;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Where a login that must choose a new password lands, and the only page it reaches ({@link ChoosePasswordGuard}).
 * A refusal shows on the field and keeps what was typed; once saved, the user is signed out to log in with the new
 * password, through every step of a login.
 */
@Route(value = ChoosePasswordView.PATH, autoLayout = false)
@PermitAll
public class ChoosePasswordView extends VerticalLayout implements HasDynamicTitle {

    static final String PATH = "wachtwoord-kiezen";

    private final PasswordResets resets;
    private final AuthenticationContext authentication;
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public ChoosePasswordView(PasswordResets resets, AuthenticationContext authentication) {
        this.resets = resets;
        this.authentication = authentication;
        addClassName("choose-password");
        setMaxWidth("36rem");
        password.setLabel(getTranslation("password.choose.new"));
        password.setHelperText(getTranslation("password.choose.help"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setLabel(getTranslation("password.choose.repeat"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Stream.of(password, repeat).forEach(HasSize::setWidthFull);
        Button save = new Button(getTranslation("password.choose.submit"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Button logout = new Button(getTranslation("password.choose.logout"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1(getTranslation("password.choose.title")), new Paragraph(getTranslation("password.choose.intro")),
                password, repeat, new HorizontalLayout(save, logout));
    }

    private void save() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            refuse(repeat, "password.choose.mismatch");
            return;
        }
        try {
            resets.choosePassword(password.getValue());
        } catch (AccountRefused refused) {
            refuse(password, refused.messageKey());
            return;
        }
        signOut();
        UI.getCurrent().getPage().setLocation(LoginPage.PATH + "?" + LoginPage.PASSWORD_CHOSEN);
    }

    private void refuse(PasswordField field, String messageKey) {
        field.setErrorMessage(getTranslation(messageKey));
        field.setInvalid(true);
    }

    /** Ends this login, which could only choose a password, without ending the session and its language. */
    private static void signOut() {
        SecurityContextHolder.clearContext();
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null && request.getSession(false) != null) {
            request.getHttpServletRequest().getSession()
                    .removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.choose.title") + " · " + getTranslation("app.title");
    }
}
