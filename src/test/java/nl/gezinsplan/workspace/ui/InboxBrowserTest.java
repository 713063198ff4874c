package nl.gezinsplan.workspace.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.workflow.TestTasks;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The inbox as a consultant reads it on a common office screen: a default set of columns with every task's name whole,
 * none cut off, and the other columns to choose, the choice remembered.
 */
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
        // the suite's other tasks may fill the first screen: the long task name is shown by filtering on it
        chooseByTyping("Soort taak", "Perspectiefgesprek voeren");
        assertThat(page.locator("#inbox").getByText("Perspectiefgesprek voeren").first()).isVisible();
        screenshot("inbox-1440");

        @SuppressWarnings("unchecked")
        List<String> cutOff = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('#inbox vaadin-grid-cell-content')]
                        .filter(cell => cell.textContent.trim() && cell.scrollWidth > cell.clientWidth + 1)
                        .map(cell => cell.textContent.trim())""");
        assertThat(cutOff).as("texts cut off in the inbox").isEmpty();
    }

    @Test
    void theChosenColumnsAreRememberedAndTheDefaultsComeBackOnRequest() {
        Family family = testFamilies.registeredBy("anna", "Kolomkeuze");
        testTasks.perspectiveTalk(family.getId(), testFamilies.firstMemberOf(family),
                EngineDates.today().minusYears(17));
        SecurityContextHolder.clearContext();
        page.setViewportSize(1440, 900);
        login("anna");
        page.navigate(url("werkvoorraad"));
        chooseByTyping("Soort taak", "Perspectiefgesprek voeren");
        assertThat(page.locator("#inbox").getByText("Perspectiefgesprek voeren").first()).isVisible();
        assertThat(headers()).containsExactly("Taak", "Aanvraag", "Gezin", "Wet", "Vervaldatum", "Wettelijke termijn",
                "Behandelaar");
        assertThat((Boolean) page.locator("#inbox").evaluate("grid => { const table = grid.shadowRoot"
                + ".querySelector('#table'); return table.scrollWidth <= table.clientWidth + 1; }"))
                .as("the default columns fit at 1440 px").isTrue();

        button("Kolommen").click();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Wacht").setExact(true)).check();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Wet").setExact(true)).uncheck();
        button("Sluiten").click();
        assertThat(headers()).contains("Wacht").doesNotContain("Wet");

        page.reload();
        chooseByTyping("Soort taak", "Perspectiefgesprek voeren");
        assertThat(page.locator("#inbox").getByText("Perspectiefgesprek voeren").first()).isVisible();
        page.waitForCondition(() -> headers().contains("Wacht"));
        assertThat(headers()).contains("Wacht").doesNotContain("Wet");

        button("Kolommen").click();
        button("Standaardkolommen").click();
        button("Sluiten").click();
        assertThat(headers()).contains("Wet").doesNotContain("Wacht");
    }

    /** The texts of the inbox's visible column headers, in order. */
    @SuppressWarnings("unchecked")
    private List<String> headers() {
        return (List<String>) page.locator("#inbox").evaluate("grid => [...grid.shadowRoot.querySelectorAll('thead th')]"
                + ".filter(cell => !cell.hidden).map(cell => cell.querySelector('slot').assignedNodes()"
                + ".map(node => node.textContent).join('').trim())");
    }
}
