package nl.gezinsplan.reporting.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import nl.gezinsplan.BrowserTest;
import org.junit.jupiter.api.Test;

/** The monitor in Chromium: charts drawn by the browser from the server's SVG, and usable on a phone's width. */
class MonitorBrowserTest extends BrowserTest {

    @Test
    void aManagerSeesTheChartsAndOnAPhoneOnlyTheTablesScrollSideways() {
        page.setViewportSize(375, 800);
        login("marieke");
        assertThat(heading("Mijn teams")).isVisible();

        page.navigate(url("monitor"));

        assertThat(heading("Managementmonitor")).isVisible();
        Locator flowChart = page.locator("svg[role=img][aria-label='In- en uitstroom per maand'] >> visible=true");
        assertThat(flowChart).isVisible();
        assertThat(flowChart.locator("rect.point").first()).isAttached();
        assertThat(flowChart.boundingBox().width).isLessThanOrEqualTo(375);
        // the narrow drawing: 11 of 300 units, at least 11 px on a phone
        assertThat(flowChart.getAttribute("viewBox")).startsWith("0 0 300 ");
        assertThat(flowChart.boundingBox().width * 11 / 300).isGreaterThanOrEqualTo(11);
        flowChart.scrollIntoViewIfNeeded();
        screenshot("monitor-phone-chart");
        assertThat(page.getByText("Groen").or(page.getByText("Oranje")).or(page.getByText("Rood")).first())
                .isVisible();
        Object overflow = page.evaluate("() => { const view = document.querySelector('.monitor-view');"
                + " return view.scrollWidth - view.clientWidth; }");
        screenshot("monitor-phone");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        // the families behind the youths in care: a dialog that fits the phone, its families links to their pages
        Locator behind = page.locator(
                "#monitor-indicators vaadin-button[aria-label='Gezinnen achter Jeugdigen in jeugdhulp']");
        // the grid scrolls sideways to it first, as a user would; a click while it still moves reaches nothing
        behind.scrollIntoViewIfNeeded();
        assertThat(behind).isInViewport();
        behind.click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("In deze lijst staan")).isVisible();
        assertThat(dialog.locator("#monitor-behind-families a").first()).isVisible();
        assertThat(dialog.boundingBox().width).isLessThanOrEqualTo(375);
        screenshot("monitor-phone-behind");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sluiten")).click();
        assertThat(dialog).hasCount(0);

        page.setViewportSize(1280, 900);
        assertThat(flowChart).isVisible();
        screenshot("monitor");
    }

    @Test
    void onADesktopNoTableBesideAChartIsCutOffAndTheChartsAreWideEnoughToRead() {
        page.setViewportSize(1440, 900);
        login("marieke");
        assertThat(heading("Mijn teams")).isVisible();

        page.navigate(url("monitor"));
        assertThat(heading("Managementmonitor")).isVisible();
        assertThat(page.locator("#monitor-budgets")).isVisible();
        screenshot("monitor-1440");

        // a grid scrolls sideways, or a cell shows "…", when its columns do not fit
        Object cutOff = page.evaluate("() => [...document.querySelectorAll('.monitor-view vaadin-grid')]"
                + ".filter(grid => { const table = grid.shadowRoot.querySelector('#table');"
                + " return table.scrollWidth > table.clientWidth + 1"
                + " || [...grid.querySelectorAll('vaadin-grid-cell-content')]"
                + ".some(cell => cell.scrollWidth > cell.clientWidth + 1); }).map(grid => grid.id)");
        assertThat((List<?>) cutOff).isEmpty();
        // the charts' text is drawn at 11 of 440 units: 600 px wide makes it 15 px, as large as the text beside it
        Object widths = page.evaluate("() => [...document.querySelectorAll('.monitor-chart-wide svg')]"
                + ".map(svg => Math.round(svg.getBoundingClientRect().width))");
        assertThat((List<?>) widths).hasSize(4)
                .allSatisfy(width -> assertThat(((Number) width).intValue()).isGreaterThanOrEqualTo(600));
        page.locator("svg[role=img][aria-label='In- en uitstroom per maand'] >> visible=true").scrollIntoViewIfNeeded();
        screenshot("monitor-1440-chart");
        page.locator("#monitor-contracts").scrollIntoViewIfNeeded();
        screenshot("monitor-1440-contracts");
    }
}
