package nl.gezinsplan.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import nl.gezinsplan.BrowserTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class LoginBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

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
    void theMainPagesWorkUnderTheContentSecurityPolicy() {
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });

        login("anna");
        assertThat(heading("Mijn werk")).isVisible();
        page.navigate(url("gezinnen/" + jdbc.sql("select min(family_id) from contact_person"
                + " where username = 'anna' and ended_at is null").query(Long.class).single()));
        assertThat(page.locator("#members")).isVisible();
        page.navigate(url("werkvoorraad"));
        assertThat(heading("Werkvoorraad")).isVisible();
        logout();
        login("marieke");
        page.navigate(url("monitor"));
        assertThat(page.locator("svg").first()).isVisible();
        logout();
        login("sanne");
        assertThat(heading("Mijn gezin")).isVisible();

        Assertions.assertThat(violations).isEmpty();
    }

    @Test
    void aWrongPasswordKeepsTheVisitorOnTheLoginPageWithAnExplanation() {
        page.navigate(url("inloggen"));
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
