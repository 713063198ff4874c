package nl.gezinsplan.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.gezinsplan.security.TwoFactorTesting.code;
import static nl.gezinsplan.security.TwoFactorTesting.currentStep;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.time.LocalDate;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Journey (a) of going live, in Chromium: the administrator creates a consultant in team Wmo and issues a reset code;
 * the consultant opens its link, chooses a password, logs in with it, enrols two-factor (required for all staff here,
 * the code computed from the secret shown on the page, as an authenticator app would) and works in the Wmo inbox.
 */
class GoLiveJourneyBrowserTest extends BrowserTest {

    private static final String PASSWORD = "zeven zonnige zondagen";

    @Autowired
    TwoFactorPolicy twoFactor;

    @Autowired
    TestCases cases;

    @AfterEach
    void demoMode() {
        TwoFactorTesting.useMode(twoFactor, TwoFactorMode.OFF);
        SecurityContextHolder.clearContext();
    }

    @Test
    void aNewConsultantIsCreatedGetsAResetCodeChoosesAPasswordEnrolsTwoFactorAndSeesTheWmoInbox() {
        String username = TestStaffAccounts.newUsername("nieuw");
        // a colleague registers a Wmo request: its triage waits for anyone in team Wmo
        cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        login("beheer");
        button("Nieuwe gebruiker").click();
        field("Voornaam").fill("Noor");
        field("Achternaam").fill("Nieuwkomer");
        field("E-mailadres").fill(username + "@gemeente.example");
        field("Gebruikersnaam").fill(username);
        choose("Rol", "Consulent");
        field("Wmo").check();
        button("Opslaan").click();
        assertThat(page.getByText("Noor Nieuwkomer is aangemaakt.")).isVisible();

        field("Zoek op naam of gebruikersnaam").fill(username);
        assertThat(page.getByText(username, new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(button("Herstelcode uitgeven")).hasCount(1);
        button("Herstelcode uitgeven").click();
        String link = page.getByLabel("Link").inputValue();
        screenshot("go-live-reset-code");
        button("Sluiten").click();
        logout();
        onDesktop();

        // the consultant, in a browser of her own; the municipality requires two-factor of all staff
        TwoFactorTesting.useMode(twoFactor, TwoFactorMode.REQUIRED);
        page.navigate(url(URI.create(link).getPath().substring(1)));
        field("Gebruikersnaam").fill(username);
        button("Inloggen").click();
        assertThat(heading("Nieuw wachtwoord kiezen")).isVisible();
        page.navigate(url("werkvoorraad"));
        assertThat(heading("Nieuw wachtwoord kiezen")).isVisible();
        field("Nieuw wachtwoord").fill("wachtwoord");
        field("Herhaal het nieuwe wachtwoord").fill("wachtwoord");
        button("Wachtwoord opslaan").click();
        assertThat(page.getByText("Kies een wachtwoord van minstens 12 tekens.")).isVisible();
        field("Nieuw wachtwoord").fill(PASSWORD);
        field("Herhaal het nieuwe wachtwoord").fill(PASSWORD);
        button("Wachtwoord opslaan").click();
        // signed out to log in with the new password, through every step of a login
        page.waitForURL(address -> address.endsWith("inloggen?wachtwoord-gekozen"));

        login(username, PASSWORD);
        assertThat(heading("Tweestapsverificatie")).isVisible();
        String secret = page.locator("#two-factor-secret").textContent();
        page.getByLabel("Verificatiecode").fill(code(secret, currentStep()));
        button("Bevestigen").click();
        assertThat(page.locator(".recovery-codes li")).hasCount(10);
        button("Ik heb de codes bewaard").click();
        assertThat(page.getByText("Noor Nieuwkomer · Consulent")).isVisible();

        page.navigate(url("werkvoorraad"));
        assertThat(heading("Werkvoorraad")).isVisible();
        // the suite's other tasks may fill the first screen: the team's triages are shown by filtering on them
        chooseByTyping("Soort taak", "Triage");
        assertThat(page.locator("#inbox").getByText("Triage").first()).isVisible();
        screenshot("go-live-wmo-inbox");
    }

    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }
}
