package nl.gezinsplan.decision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.decision.TestLetters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The letter downloads in a real browser, through the login session and the access check. */
class DecisionLetterBrowserTest extends BrowserTest {

    @Autowired
    TestLetters testLetters;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aConsultantDownloadsTheDecisionLetterFromTheFamilyPage() throws IOException {
        Request request = testLetters.refused(List.of(RefusalReason.NOT_EFFECTIVE), "Een training bij het wijkteam");
        SecurityContextHolder.clearContext();

        login("anna");
        page.navigate(url("gezinnen/" + request.getFamilyId()));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Beschikkingen")).click();
        String fileName = "beschikking-" + request.getId() + ".pdf";
        Download download = page.waitForDownload(() -> page.getByText(fileName + " downloaden").click());
        screenshot("decision-letters");

        assertThat(download.suggestedFilename()).isEqualTo(fileName);
        assertThat(TestLetters.textOf(Files.readAllBytes(download.path())))
                .contains("Afwijzing van uw aanvraag", "Een training bij het wijkteam");
    }

    @Test
    void aConsultantWhoLostAccessMeanwhileSeesWhyTheLetterDidNotDownload() {
        Request request = testLetters.refused(List.of(RefusalReason.NOT_EFFECTIVE), "Een training bij het wijkteam");
        SecurityContextHolder.clearContext();
        login("anna");
        page.navigate(url("gezinnen/" + request.getFamilyId()));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Beschikkingen")).click();
        Locator download = page.getByText("beschikking-" + request.getId() + ".pdf downloaden");
        download.waitFor();

        // the family is handed over while the page is open: anna is no longer its contact person, no team works on it
        jdbc.sql("update contact_person set ended_at = now() where family_id = :id and ended_at is null")
                .param("id", request.getFamilyId()).update();
        jdbc.sql("delete from family_team where family_id = :id").param("id", request.getFamilyId()).update();
        download.click();

        PlaywrightAssertions.assertThat(heading("U mag dit bestand niet openen")).isVisible();
        screenshot("decision-letter-refused");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar de vorige pagina")).click();
        PlaywrightAssertions.assertThat(page).hasURL(url("gezinnen/" + request.getFamilyId()));
    }
}
