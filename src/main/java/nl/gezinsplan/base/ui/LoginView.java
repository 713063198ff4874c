package nl.gezinsplan.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import java.time.Duration;
import nl.gezinsplan.base.i18n.LanguageSelect;
import nl.gezinsplan.security.LoginPage;
import nl.gezinsplan.security.LoginPaused;
import nl.gezinsplan.security.PasswordResets;
import nl.gezinsplan.security.SingleSignOn;
import org.springframework.security.web.WebAttributes;

/** The login page; Spring Security's form login checks the credentials; after repeated failures it says how long to wait. */
@Route(value = LoginPage.PATH, autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph activated = new Paragraph();
    private final Paragraph passwordSet = new Paragraph();
    private final Div forgotten = new Div();
    private final AuthenticationContext authentication;
    private final Clock clock;
    /** Whether staff may log in with a password too; when not, the password form is for family members only. */
    private final boolean staffPasswords;

    public LoginView(AuthenticationContext authentication, PasswordResets resets, Clock clock,
                     SingleSignOn singleSignOn) {
        this.authentication = authentication;
        this.clock = clock;
        this.staffPasswords = singleSignOn.passwordLogin();
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        form.setAction(LoginPage.PATH);
        form.setI18n(texts());
        // no e-mail yet: the page says whom to ask for a reset code
        String configuredHelp = resets.help();
        String help = configuredHelp == null || configuredHelp.isBlank()
                ? getTranslation("login.forgot.default-help") : configuredHelp;
        // a path, not the view's class: the reset code's page is the security module's
        forgotten.add(new Paragraph(getTranslation("login.forgot.text", help)),
                new Anchor("wachtwoord", getTranslation("password.code.title")));
        forgotten.addClassName("login-forgotten");
        forgotten.setVisible(false);
        form.addForgotPasswordListener(event -> forgotten.setVisible(true));
        passwordSet.setText(getTranslation("login.password-set"));
        passwordSet.setVisible(false);

        activated.setText(getTranslation("portal.access.activated"));
        activated.setVisible(false);
        // a path, not the view's class: the portal module builds on this one
        Anchor invitation = new Anchor("activeren", getTranslation("portal.access.login-link"));

        add(new H1(getTranslation("app.title")), new Paragraph(getTranslation("login.tagline")), activated, passwordSet);
        if (singleSignOn.enabled()) {
            add(singleSignOnLink(singleSignOn));
        }
        add(form, forgotten, invitation, new LanguageSelect(UI.getCurrent().getLocale()));
    }

    /** A link, not a button: the provider's login page is a page of its own, outside Vaadin's router. */
    private Anchor singleSignOnLink(SingleSignOn singleSignOn) {
        String provider = singleSignOn.providerName().orElseGet(() -> getTranslation("login.sso.default-provider"));
        Anchor link = new Anchor(SingleSignOn.START_PATH, getTranslation("login.sso.start", provider));
        link.setRouterIgnore(true);
        link.addClassName("sso-login");
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(HomeView.class);
            return;
        }
        activated.setVisible(event.getLocation().getQueryParameters().getParameters().containsKey(LoginPage.ACTIVATED));
        passwordSet.setVisible(event.getLocation().getQueryParameters().getParameters().containsKey(LoginPage.PASSWORD_CHOSEN));
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object failure = VaadinSession.getCurrent().getSession()
                    .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (failure instanceof LoginPaused paused) {
                form.showErrorMessage(getTranslation("login.locked.title"),
                        getTranslation("login.locked.message", waitFor(this, paused, clock)));
            } else {
                form.showErrorMessage(getTranslation("login.failed.title"),
                        getTranslation(staffPasswords ? "login.failed.message" : "login.failed.family-only"));
            }
        }
    }

    /**
     * The wait from now, rounded up: in hours from two hours, in minutes from two minutes, else in seconds; in the
     * language of {@code view} (also the second step's, {@link SecondFactorView}).
     */
    static String waitFor(Component view, LoginPaused paused, Clock clock) {
        long seconds = Math.max(1, Duration.between(clock.instant(), paused.until()).toSeconds() + 1);
        if (seconds > 2 * 3600) {
            return view.getTranslation("login.wait.hours", (seconds + 3599) / 3600);
        }
        if (seconds > 120) {
            return view.getTranslation("login.wait.minutes", (seconds + 59) / 60);
        }
        return view.getTranslation("login.wait.seconds", seconds);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }

    private LoginI18n texts() {
        LoginI18n texts = LoginI18n.createDefault();
        LoginI18n.Form formTexts = texts.getForm();
        formTexts.setTitle(getTranslation(staffPasswords ? "login.title" : "login.title.family-only"));
        formTexts.setUsername(getTranslation("login.username"));
        formTexts.setPassword(getTranslation("login.password"));
        formTexts.setSubmit(getTranslation("login.submit"));
        formTexts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = texts.getErrorMessage();
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return texts;
    }
}
