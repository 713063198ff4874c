package nl.gezinsplan.reporting.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
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
        Locator flowChart = page.locator("svg[role=img][aria-label='In- en uitstroom per maand']");
        assertThat(flowChart).isVisible();
        assertThat(flowChart.locator("rect.point").first()).isAttached();
        assertThat(flowChart.boundingBox().width).isLessThanOrEqualTo(375);
        assertThat(page.getByText("Groen").or(page.getByText("Oranje")).or(page.getByText("Rood")).first())
                .isVisible();
        Object overflow = page.evaluate("() => { const view = document.querySelector('.monitor-view');"
                + " return view.scrollWidth - view.clientWidth; }");
        screenshot("monitor-phone");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);

        page.setViewportSize(1280, 900);
        assertThat(flowChart).isVisible();
        screenshot("monitor");
    }
}
