package nl.gezinsplan.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import java.util.Optional;
import nl.gezinsplan.security.AccountRefused;
import nl.gezinsplan.security.LoginPaused;
import nl.gezinsplan.security.SecondFactorLogin;
import nl.gezinsplan.security.ui.TwoFactorEnrolment;

/**
 * The login's second step (Verificatiecode), after a right password: a code from the app or a recovery code; or,
 * for a user who must use two-factor and has not enrolled, the enrolment. Until it is done the session is anonymous
 * and every other page leads here ({@link SecondFactorGuard}).
 */
@Route(value = "verificatie", autoLayout = false)
@AnonymousAllowed
public class SecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondFactorLogin login;
    private final AuthenticationContext authentication;
    private final Clock clock;

    public SecondFactorView(SecondFactorLogin login, AuthenticationContext authentication, Clock clock) {
        this.login = login;
        this.authentication = authentication;
        this.clock = clock;
        addClassName("second-factor-view");
        setAlignItems(FlexComponent.Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SecondFactorLogin.Pending> pending = login.pending();
        if (pending.isEmpty()) {
            event.forwardTo(HomeView.class);
            return;
        }
        removeAll();
        VerticalLayout content = new VerticalLayout();
        content.setMaxWidth("40rem");
        if (pending.get().mustEnrol()) {
            content.add(new H1(getTranslation("two-factor.title")),
                    new Paragraph(getTranslation("two-factor.required-at-login")),
                    new TwoFactorEnrolment(login.startEnrolment(),
                            code -> login.confirmEnrolment(code, VaadinServletRequest.getCurrent()),
                            SecondFactorView::enterGezinsplan),
                    cancelButton());
        } else {
            content.add(new H1(getTranslation("two-factor.login.title")),
                    new Paragraph(getTranslation("two-factor.login.explain")), codeForm());
        }
        add(content);
    }

    private VerticalLayout codeForm() {
        TextField code = TwoFactorEnrolment.codeField("two-factor.code.helper-or-recovery");
        code.setAutofocus(true);
        Button confirm = new Button(getTranslation("two-factor.confirm"), click -> {
            try {
                login.verify(code.getValue(), VaadinServletRequest.getCurrent());
                enterGezinsplan();
            } catch (LoginPaused paused) {
                code.setErrorMessage(getTranslation("two-factor.login.paused", LoginView.waitFor(this, paused, clock)));
                code.setInvalid(true);
            } catch (AccountRefused refused) {
                code.setErrorMessage(getTranslation(refused.messageKey()));
                code.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        VerticalLayout form = new VerticalLayout(code, new HorizontalLayout(confirm, cancelButton()));
        form.setPadding(false);
        return form;
    }

    /** A new page load, built for the completed login from the start (the home page, per role). */
    private static void enterGezinsplan() {
        UI.getCurrent().getPage().setLocation("./");
    }

    /** Back to the login page, as someone else perhaps. */
    private Button cancelButton() {
        Button cancel = new Button(getTranslation("two-factor.cancel"), click -> authentication.logout());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return cancel;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-factor.login.title") + " · " + getTranslation("app.title");
    }
}
