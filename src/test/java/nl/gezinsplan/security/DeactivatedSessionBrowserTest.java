package nl.gezinsplan.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Set;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * In a real browser: the administrator creates a user on a phone-sized screen; the next click of a user deactivated
 * while signed in lands on the login page, which says why.
 */
class DeactivatedSessionBrowserTest extends BrowserTest {

    private static final String PASSWORD = "een-goed-wachtwoord";

    @Autowired
    UserAccounts accounts;

    @Autowired
    StaffAdministration staff;

    @Test
    void theAdministratorCreatesAUserOnAPhone() {
        String username = TestStaffAccounts.newUsername("telefoon");
        onPhone();
        login("beheer");
        assertThat(heading("Gebruikers")).isVisible();

        button("Nieuwe gebruiker").click();
        field("Voornaam").fill("Tessa");
        field("Achternaam").fill("Telefoon");
        field("E-mailadres").fill(username + "@gemeente.example");
        field("Gebruikersnaam").fill(username);
        choose("Rol", "Consulent");
        field("Proef").check();
        screenshot("user-dialog-phone");
        button("Opslaan").click();

        assertThat(page.getByText("Tessa Telefoon is aangemaakt.", new Page.GetByTextOptions())).isVisible();
        field("Zoek op naam of gebruikersnaam").fill(username);
        assertThat(page.getByText(username).first()).isVisible();
        screenshot("users-phone");
    }

    @Test
    void theNextClickAfterDeactivationShowsTheLoginPageWithTheReason() {
        String username = TestStaffAccounts.newUsername("browser");
        accounts.createIfAbsent(username, "Bea", "Browser", null, PASSWORD, Role.CONSULTANT, Set.of(TestStaffAccounts.TEAM));
        login(username, PASSWORD);
        assertThat(heading("Mijn werk")).isVisible();

        SignIn.as(accounts, "beheer");
        try {
            staff.deactivate(username);
        } finally {
            SecurityContextHolder.clearContext();
        }
        page.getByText("Werkvoorraad").first().click();

        assertThat(page.getByLabel("Gebruikersnaam")).isVisible();
        assertThat(page.getByText("Uw account is gedeactiveerd.")).isVisible();
        screenshot("deactivated-session");
    }

    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }
}
