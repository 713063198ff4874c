package nl.gezinsplan.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.gezinsplan.security.TwoFactorTesting.code;
import static nl.gezinsplan.security.TwoFactorTesting.currentStep;
import static nl.gezinsplan.security.TwoFactorTesting.passwordLogin;
import static nl.gezinsplan.security.TwoFactorTesting.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeHttpEnvironment;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.ui.SecondFactorView;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.TwoFactor;
import nl.gezinsplan.security.TwoFactorMode;
import nl.gezinsplan.security.TwoFactorPolicy;
import nl.gezinsplan.security.TwoFactorTesting;
import nl.gezinsplan.security.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Mijn account, the login's second step and the administrator's reset, in Karibu. */
class TwoFactorViewTest extends ViewTest {

    @Autowired
    TwoFactorPolicy policy;

    @Autowired
    TwoFactor twoFactor;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuthenticationProvider logins;

    private final String address = FakeHttpEnvironment.INSTANCE.getRemoteAddr();

    @AfterEach
    void demoMode() {
        TwoFactorTesting.useMode(policy, TwoFactorMode.OFF);
        FakeHttpEnvironment.INSTANCE.setRemoteAddr(address);
    }

    @Test
    void myAccountEnrolsWithTheAppsFirstCodeAndShowsTheRecoveryCodesOnce() {
        TwoFactorTesting.useMode(policy, TwoFactorMode.OPTIONAL);
        loginAs(user(accounts, "tf-view-enrol", Role.CONSULTANT));
        navigate("mijn-account");

        _click(_get(Button.class, spec -> spec.withText("Tweestapsverificatie instellen")));
        assertThat(_get(Image.class).getAlt()).hasValueSatisfying(alt -> assertThat(alt).startsWith("QR-code"));
        String secret = _get(Span.class, spec -> spec.withId("two-factor-secret")).getText();
        TextField code = _get(TextField.class, spec -> spec.withLabel("Verificatiecode"));
        _setValue(code, "123456".equals(code(secret, currentStep())) ? "654321" : "123456");
        _click(_get(Button.class, spec -> spec.withText("Bevestigen")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("Deze code klopt niet");

        _setValue(code, code(secret, currentStep()));
        _click(_get(Button.class, spec -> spec.withText("Bevestigen")));
        assertThat(_get(UnorderedList.class).getChildren().filter(ListItem.class::isInstance)).hasSize(10);
        _click(_get(Button.class, spec -> spec.withText("Ik heb de codes bewaard")));

        _get(Paragraph.class, spec -> spec.withText(
                "Tweestapsverificatie staat aan. U hebt nog 10 ongebruikte herstelcodes."));
        _click(_get(Button.class, spec -> spec.withText("Nieuwe herstelcodes maken")));
        assertThat(_get(UnorderedList.class).getChildren()).hasSize(10);
    }

    @Test
    void myAccountSaysWhenTwoFactorIsOff() {
        loginAs("anna");
        navigate("mijn-account");

        _get(Paragraph.class, spec -> spec.withText(
                "Tweestapsverificatie staat uit in deze installatie van Gezinsplan."));
    }

    @Test
    void afterThePasswordEveryPageLeadsToTheSecondStepWhichCompletesTheLogin() {
        TwoFactorTesting.useMode(policy, TwoFactorMode.OPTIONAL);
        FakeHttpEnvironment.INSTANCE.setRemoteAddr("10.16.20.1");
        String username = user(accounts, "tf-view-login", Role.CONSULTANT);
        String secret = enrol(username);
        passwordLogin(logins, username, "10.16.20.1");

        navigate("werk");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SecondFactorView.class);
        _get(H1.class, spec -> spec.withText("Verificatiecode"));
        TextField code = _get(TextField.class, spec -> spec.withLabel("Verificatiecode"));
        _setValue(code, "000000");
        _click(_get(Button.class, spec -> spec.withText("Bevestigen")));
        assertThat(code.getErrorMessage()).startsWith("Deze code klopt niet");
        assertThat(code.getValue()).isEqualTo("000000");
        navigate("inloggen");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SecondFactorView.class);

        code = _get(TextField.class, spec -> spec.withLabel("Verificatiecode"));
        _setValue(code, code(secret, currentStep() + 1));
        _click(_get(Button.class, spec -> spec.withText("Bevestigen")));

        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        assertThat(login.getName()).isEqualTo(username);
        assertThat(login.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CONSULTANT");
    }

    @Test
    void aPausedSecondStepSaysHowLongToWait() {
        TwoFactorTesting.useMode(policy, TwoFactorMode.OPTIONAL);
        FakeHttpEnvironment.INSTANCE.setRemoteAddr("10.16.21.1");
        String username = user(accounts, "tf-view-pause", Role.CONSULTANT);
        enrol(username);
        passwordLogin(logins, username, "10.16.21.1");
        navigate("verificatie");

        TextField code = _get(TextField.class, spec -> spec.withLabel("Verificatiecode"));
        for (int attempt = 1; attempt <= 6; attempt++) {
            _setValue(code, "000000");
            _click(_get(Button.class, spec -> spec.withText("Bevestigen")));
        }

        assertThat(code.getErrorMessage()).contains("Probeer het over 15 minuten opnieuw");
    }

    @Test
    void aManagerWhoMustEnrolGetsTheEnrolmentAtLoginAndIsLoggedInWithTheFirstCode() {
        TwoFactorTesting.useMode(policy, TwoFactorMode.OPTIONAL);
        FakeHttpEnvironment.INSTANCE.setRemoteAddr("10.16.22.1");
        String username = user(accounts, "tf-view-must", Role.MANAGER);
        passwordLogin(logins, username, "10.16.22.1");

        navigate("team");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SecondFactorView.class);
        _get(H1.class, spec -> spec.withText("Tweestapsverificatie"));
        String secret = _get(Span.class, spec -> spec.withId("two-factor-secret")).getText();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Verificatiecode")), code(secret, currentStep()));
        _click(_get(Button.class, spec -> spec.withText("Bevestigen")));

        assertThat(_get(UnorderedList.class).getChildren()).hasSize(10);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo(username);
    }

    @Test
    void theAdministratorResetsAUsersTwoFactorFromTheUserList() {
        TwoFactorTesting.useMode(policy, TwoFactorMode.OPTIONAL);
        String username = user(accounts, "tf-view-reset", Role.CONSULTANT);
        enrol(username);
        loginAs("beheer");
        navigate("beheer/gebruikers");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Zoek op naam of gebruikersnaam")), username);
        Grid<?> grid = _get(Grid.class);
        Button reset = _get(GridKt._getCellComponent(grid, 0, "actions"), Button.class,
                spec -> spec.withText("Tweestapsverificatie resetten"));
        assertThat(reset.getAriaLabel()).contains("Tweestapsverificatie resetten van Twee Stap " + username);
        _click(reset);

        assertThat(twoFactor.isEnrolled(username)).isFalse();
        assertThat(_find(GridKt._getCellComponent(grid, 0, "actions"), Button.class,
                spec -> spec.withText("Tweestapsverificatie resetten"))).isEmpty();
    }

    /** Enrols through Mijn account's service, signed out again afterwards; returns the secret. */
    private String enrol(String username) {
        SignIn.as(accounts, username);
        TwoFactor.Enrolment enrolment = twoFactor.startEnrolment();
        List<String> recoveryCodes = twoFactor.confirmEnrolment(code(enrolment.secret(), currentStep() - 1));
        assertThat(recoveryCodes).hasSize(10);
        SecurityContextHolder.clearContext();
        return enrolment.secret();
    }
}
