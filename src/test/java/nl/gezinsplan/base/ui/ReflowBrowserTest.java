package nl.gezinsplan.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import java.util.ArrayList;
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
 * Reflow at 375 px (WCAG 1.4.10): no screen is wider than a phone; the main lists (inbox, family search, team overview,
 * audit log, a family's members) show a phone's few columns and need no sideways scrolling either; the family page's
 * header and its buttons wrap. Only a data table within a page (a family's timeline) may scroll sideways.
 */
class ReflowBrowserTest extends BrowserTest {

    /**
     * How far the page, and each of the given grids, is wider than what it shows, and which of those grids that page
     * their rows has no room left for them; "" when nothing is wrong.
     */
    private static final String OVERFLOW = """
            grids => { const found = [];
                const page = document.documentElement;
                if (page.scrollWidth > page.clientWidth + 1) found.push('the page: ' + page.scrollWidth + ' px');
                for (const grid of document.querySelectorAll(grids)) {
                    const table = grid.shadowRoot.querySelector('#table');
                    if (table.scrollWidth > table.clientWidth + 1) found.push('#' + grid.id + ': ' + table.scrollWidth + ' px');
                    if (!grid.hidden && !grid.allRowsVisible && grid.clientHeight < 150) found.push('#' + grid.id + ': only ' + grid.clientHeight + ' px high');
                }
                return found.join(', '); }""";

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    TestTasks testTasks;

    private final List<String> tooWide = new ArrayList<>();

    @Test
    void aConsultantsScreensFitAPhone() {
        Family family = testFamilies.registeredBy("anna", "Smalscherm-Uitstroomperspectief");
        String talk = testTasks.perspectiveTalk(family.getId(), testFamilies.firstMemberOf(family),
                EngineDates.today().minusYears(17));
        SecurityContextHolder.clearContext();
        onPhone();
        login("anna");

        check("werkvoorraad", "Werkvoorraad", "#inbox");
        assertThat(page.locator("#inbox").getByText("Perspectiefgesprek voeren").first()).isVisible();
        assertThat(button("Kolommen")).isHidden();
        check("gezinnen", "Gezinnen", "vaadin-grid");
        check("gezinnen/" + family.getId(), "Gezin Smalscherm-Uitstroomperspectief", "#members");
        check("taak/" + talk, "Perspectiefgesprek voeren", "vaadin-grid");
        // the form and the family's plan one below the other, each the phone's width, not halves of it side by side
        assertThat(page.locator(".task-work")).hasJSProperty("offsetWidth", 343);
        assertThat(page.locator("vaadin-split-layout")).hasCount(0);
        assertThat(page.evaluate("() => [...document.querySelectorAll('.task-view h1, .task-about')]"
                + ".filter(e => e.scrollWidth > e.clientWidth + 1).length")).as("a task's heading or details cut off")
                .isEqualTo(0);
        assertThat(tooWide).as("wider than a phone (375 px)").isEmpty();
    }

    @Test
    void aManagersScreensFitAPhone() {
        onPhone();
        login("marieke");
        check("team", "Mijn teams", "vaadin-grid");
        check("inzagelog", "Inzagelog", "vaadin-grid");
        assertThat(tooWide).as("wider than a phone (375 px)").isEmpty();
    }

    /**
     * Opens the screen, waits for {@code text}, and notes what is wider than the phone once the screen has had its
     * chance to fit (the grids learn the window's width in a round trip after they are shown).
     */
    private void check(String path, String heading, String grids) {
        page.navigate(url(path));
        assertThat(heading(heading)).isVisible();
        try {
            page.waitForFunction("grids => !(" + OVERFLOW + ")(grids)", grids,
                    new Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (TimeoutError stillTooWide) {
            tooWide.add("/" + path + ": " + page.evaluate(OVERFLOW, grids));
        }
        screenshot("reflow-375-" + path.replace('/', '-'));
    }
}
