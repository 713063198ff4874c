package nl.gezinsplan.workspace.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.workflow.TestTasks;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The inbox as a consultant reads it on a common office screen: every task's name whole, none cut off. */
class InboxBrowserTest extends BrowserTest {

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    TestTasks testTasks;

    @Test
    void noTaskNameIsCutOffAt1440Pixels() {
        Family family = testFamilies.registeredBy("anna", "Breedbeeld");
        testTasks.perspectiveTalk(family.getId(), testFamilies.firstMemberOf(family),
                EngineDates.today().minusYears(17));
        SecurityContextHolder.clearContext();
        page.setViewportSize(1440, 900);

        login("anna");
        page.navigate(url("werkvoorraad"));
        assertThat(page.locator("#inbox").getByText("Perspectiefgesprek voeren").first()).isVisible();
        screenshot("inbox-1440");

        @SuppressWarnings("unchecked")
        List<String> cutOff = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('#inbox vaadin-grid-cell-content')]
                        .filter(cell => cell.textContent.trim() && cell.scrollWidth > cell.clientWidth + 1)
                        .map(cell => cell.textContent.trim())""");
        assertThat(cutOff).as("texts cut off in the inbox").isEmpty();
    }
}
