package nl.gezinsplan.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.gezinsplan.BrowserTest;
import org.junit.jupiter.api.Test;

class LoginBrowserTest extends BrowserTest {

    @Test
    void aConsultantLogsInSeesHerHomePageAndLogsOut() {
        login("anna");

        assertThat(heading("Mijn werk")).isVisible();
        assertThat(page.getByText("Anna de Vries · Consulent")).isVisible();
        screenshot("consultant-home");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();
        assertThat(page.getByLabel("Gebruikersnaam")).isVisible();
    }

    @Test
    void aWrongPasswordKeepsTheVisitorOnTheLoginPageWithAnExplanation() {
        page.navigate(url("login"));
        page.getByLabel("Gebruikersnaam").fill("bram");
        page.getByLabel("Wachtwoord").fill("guess");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();

        assertThat(page.getByText("Inloggen mislukt")).isVisible();
    }

    @Test
    void aFamilyMemberTypingAConsultantsAddressIsRefused() {
        login("sanne");
        assertThat(heading("Mijn gezin")).isVisible();

        page.navigate(url("werk"));
        assertThat(heading("Mijn werk")).hasCount(0);
        assertThat(page.getByText("Welkom, Sanne")).hasCount(0);
    }

    @Test
    void anAdministratorOpensTheEngineCockpitWithoutLoggingInAgain() {
        login("beheer");
        assertThat(heading("Gebruikers")).isVisible();

        page.navigate(url("camunda/app/cockpit/default/"));

        assertThat(page.getByText("Bert Beheer")).isVisible();
        assertThat(page.locator("input[name=username]")).hasCount(0);
        screenshot("engine-cockpit");
    }
}
