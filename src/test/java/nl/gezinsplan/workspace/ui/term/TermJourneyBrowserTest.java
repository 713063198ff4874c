package nl.gezinsplan.workspace.ui.term;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.util.Locale;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.TestClock;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casefile.TestDocuments;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The law's clock in Chromium: a consultant suspends a request's term beside its task, asking the family for a
 * document; three days later a parent uploads it in the portal on a phone; the term runs again, its due date moved by
 * the three days it stood still.
 */
class TermJourneyBrowserTest extends BrowserTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    TestRoutes routes;

    @Autowired
    TestMembers members;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theConsultantSuspendsTheTermAndTheFamilysDocumentResumesIt() {
        LocalDate today = LocalDate.now();
        Request request = routes.inResearch(Law.WMO);
        String task = routes.taskOf(request);
        String parent = members.portalLogin(members.parentOf(request.getFamilyId()));

        login("carla");
        assertThat(heading("Mijn werk")).isVisible();
        page.navigate(url("taak/" + task));
        assertThat(page.getByText("Wettelijke termijn: " + Formats.date(today.plusWeeks(6), DUTCH))).isVisible();
        button("Opschorten").click();
        Locator dialog = page.locator("vaadin-dialog-overlay");
        page.getByLabel("Reden").fill("Wij hebben de verwijsbrief nodig");
        page.getByLabel("Wat vraagt u aan het gezin?").fill("Stuur de verwijsbrief van de huisarts in het portaal.");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opschorten").setExact(true)).click();
        assertThat(page.locator(".term-status")).containsText("Opgeschort tot "
                + Formats.date(today.plusWeeks(2), DUTCH));
        screenshot("term-suspended");

        clock.moveTo(today.plusDays(3));
        onPhone();
        login(parent, TestMembers.PASSWORD);
        assertThat(heading("Gezin Route")).isVisible();
        page.locator("vaadin-drawer-toggle").click();
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Documenten")).click();
        assertThat(heading("Documenten")).isVisible();
        choose("Soort document", "Verwijsbrief");
        page.locator("#document-upload input[type=file]").setInputFiles(
                new FilePayload("verwijsbrief.pdf", "application/pdf", TestDocuments.pdf("Verwijsbrief")));
        assertThat(page.getByText("Document verwijsbrief.pdf is opgeslagen.")).isVisible();
        screenshot("term-family-sends-document-phone");

        onDesktop();
        login("carla");
        assertThat(heading("Mijn werk")).isVisible();
        page.navigate(url("taak/" + task));
        assertThat(page.locator(".term-suspensions")).containsText("3 dagen, hervat: het gezin antwoordde in het portaal");
        assertThat(page.locator(".term-status")).hasCount(0);
        assertThat(page.getByText("Wettelijke termijn: " + Formats.date(today.plusWeeks(6).plusDays(3), DUTCH)))
                .isVisible();
        assertThat(button("Opschorten")).isVisible();
        assertThat(axeViolations()).as("axe-core on the task with its term").isEmpty();
        screenshot("term-resumed");
    }
}
