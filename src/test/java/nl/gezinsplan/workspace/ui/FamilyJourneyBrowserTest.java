package nl.gezinsplan.workspace.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.TestFamilies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The consultant's main journey in a real browser: find a family among many, open it, add a goal to its plan. */
class FamilyJourneyBrowserTest extends BrowserTest {

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aConsultantFindsAFamilyAddsAGoalAndAnUnrelatedConsultantIsRefused() {
        Family family = testFamilies.registeredBy("anna", "Reisvogel");
        SecurityContextHolder.clearContext();

        login("anna");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gezinnen").setExact(true)).click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Zoek op naam, BSN of geboortedatum (d-m-jjjj)"))
                .fill("reisvog");
        page.getByText("Reisvogel").first().click();
        assertThat(heading("Gezin Reisvogel")).isVisible();

        button("Plan bewerken").click();
        choose("Wet", "Jeugdwet");
        page.getByLabel("Doel", new Page.GetByLabelOptions().setExact(true)).fill("Sanne gaat weer naar school");
        page.getByLabel("Meetbaar resultaat").fill("Vijf dagen per week aanwezig, vier weken achter elkaar");
        choose("Stand", "Mee bezig");
        button("Toevoegen").click();
        button("Opslaan").click();

        assertThat(page.getByText("Versie 1").first()).isVisible();
        assertThat(page.getByText("Sanne gaat weer naar school").first()).isVisible();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        screenshot("family-plan");

        logout();
        login("daan");
        page.navigate(url("gezinnen/" + family.getId()));
        assertThat(heading("Geen toegang")).isVisible();
        assertThat(page.getByText("Reisvogel")).hasCount(0);

        // anna's page views are one row each listing what they showed; daan's refusal is the family file's
        assertThat(jdbc.sql("select actor || ':' || action from audit_event where family_id = :id"
                        + " and (subject = 'audit.family.read' or detail like '%audit.family.read%')")
                .param("id", family.getId()).query(String.class).list())
                .contains("anna:READ", "daan:DENIED");
    }
}
