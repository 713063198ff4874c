package nl.gezinsplan.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.security.LoginPaused;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends ViewTest {

    @Test
    void theLoginFormPostsToSpringSecurity() {
        navigate("inloggen");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("inloggen");
        assertThat(form.isError()).isFalse();
        assertThat(i18n(form)).contains("Gebruikersnaam", "Wachtwoord");
    }

    @Test
    void aWrongPasswordIsExplainedInDutch() {
        failedBecauseOf(new BadCredentialsException("Bad credentials"));
        navigate("inloggen?error");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Inloggen mislukt").doesNotContain("geblokkeerd tot");
    }

    @Test
    void aPausedLoginSaysHowLongToWaitInTheUsersLanguage() {
        failedBecauseOf(new LoginPaused(Instant.now().plus(Duration.ofMinutes(15))));
        navigate("inloggen?error");
        assertThat(i18n(_get(LoginForm.class))).contains("Even wachten", "Probeer het over 15 minuten opnieuw");

        failedBecauseOf(new LoginPaused(Instant.now().plusSeconds(30)));
        navigate("inloggen?error");
        assertThat(i18n(_get(LoginForm.class))).contains("30 seconden");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        failedBecauseOf(new LoginPaused(Instant.now().plus(Duration.ofHours(6))));
        navigate("inloggen?error");
        assertThat(i18n(_get(LoginForm.class))).contains("Please wait", "Try again in 6 hours");
    }

    @Test
    void aLoggedInUserIsSentOnToTheirHomePage() {
        loginAs("anna");
        navigate("inloggen");

        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(LoginView.class);
    }

    private static void failedBecauseOf(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
    }

    private static String i18n(LoginForm form) {
        return form.getElement().getPropertyRaw("i18n").toString();
    }
}
