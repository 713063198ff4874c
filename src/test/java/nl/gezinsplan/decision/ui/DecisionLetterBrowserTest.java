package nl.gezinsplan.decision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
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
import org.springframework.security.core.context.SecurityContextHolder;

/** The letter downloads in a real browser, through the login session and the access check. */
class DecisionLetterBrowserTest extends BrowserTest {

    @Autowired
    TestLetters testLetters;

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
}
