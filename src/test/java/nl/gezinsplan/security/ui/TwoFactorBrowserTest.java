package nl.gezinsplan.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.gezinsplan.security.TwoFactorTesting.code;
import static nl.gezinsplan.security.TwoFactorTesting.currentStep;
import static nl.gezinsplan.security.TwoFactorTesting.user;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.TwoFactorMode;
import nl.gezinsplan.security.TwoFactorPolicy;
import nl.gezinsplan.security.TwoFactorTesting;
import nl.gezinsplan.security.UserAccounts;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two-factor in Chromium, with the codes an authenticator app would show computed from the secret on the page. */
class TwoFactorBrowserTest extends BrowserTest {

    @Autowired
    TwoFactorPolicy policy;

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void optional() {
        TwoFactorTesting.useMode(policy, TwoFactorMode.OPTIONAL);
    }

    @AfterEach
    void demoMode() {
        TwoFactorTesting.useMode(policy, TwoFactorMode.OFF);
    }

    @Test
    void aConsultantEnrolsOnMyAccountThenLogsInWithPasswordAndCode() {
        String username = user(accounts, "tf-browser", Role.CONSULTANT);
        login(username, TwoFactorTesting.PASSWORD);
        assertThat(heading("Mijn werk")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn account")).click();
        button("Tweestapsverificatie instellen").click();
        assertThat(page.getByAltText("QR-code om Gezinsplan toe te voegen aan uw authenticator-app; de sleutel staat"
                + " hieronder ook als tekst")).isVisible();
        String secret = page.locator("#two-factor-secret").textContent();
        long step = currentStep();
        page.getByLabel("Verificatiecode").fill(code(secret, step));
        button("Bevestigen").click();
        assertThat(heading("Herstelcodes")).isVisible();
        assertThat(page.locator(".recovery-codes li")).hasCount(10);
        screenshot("two-factor-recovery-codes");
        button("Ik heb de codes bewaard").click();
        assertThat(page.getByText("Tweestapsverificatie staat aan.")).isVisible();
        logout();

        login(username, TwoFactorTesting.PASSWORD);
        assertThat(heading("Verificatiecode")).isVisible();
        page.navigate(url("werk"));
        assertThat(heading("Verificatiecode")).isVisible();
        assertThat(heading("Mijn werk")).hasCount(0);
        page.getByLabel("Verificatiecode").fill(code(secret, step));
        button("Bevestigen").click();
        assertThat(page.getByText("Deze code klopt niet.")).isVisible();

        page.getByLabel("Verificatiecode").fill(code(secret, step + 1));
        button("Bevestigen").click();
        assertThat(heading("Mijn werk")).isVisible();
        assertThat(page.getByText("Twee Stap " + username + " · Consulent")).isVisible();
    }

    @Test
    void aManagerMustEnrolAtLoginOnAPhoneAndReachesNothingElseBefore() {
        String username = user(accounts, "tf-browser-manager", Role.MANAGER);
        onPhone();
        login(username, TwoFactorTesting.PASSWORD);
        assertThat(heading("Tweestapsverificatie")).isVisible();
        page.navigate(url("team"));
        assertThat(heading("Tweestapsverificatie")).isVisible();
        assertThat(heading("Mijn teams")).hasCount(0);
        Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("nothing wider than the phone").isLessThanOrEqualTo(375);
        screenshot("two-factor-enrolment-phone");

        String secret = page.locator("#two-factor-secret").textContent();
        page.getByLabel("Verificatiecode").fill(code(secret, currentStep()));
        button("Bevestigen").click();
        button("Ik heb de codes bewaard").click();

        assertThat(heading("Mijn teams")).isVisible();
    }
}
