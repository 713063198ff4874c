package nl.gezinsplan.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import java.util.List;
import nl.gezinsplan.BrowserTest;
import org.junit.jupiter.api.Test;

/** Only a browser shows whether a grid cuts names off. */
class CatalogueBrowserTest extends BrowserTest {

    /** The texts of the grid's cells and the name fields that do not fit their box. */
    private static final String CUT_OFF = """
            () => [...document.querySelectorAll('vaadin-grid-cell-content, vaadin-text-field input')]
                .filter(element => element.offsetParent !== null && element.scrollWidth > element.clientWidth + 1)
                .map(element => element.value || element.textContent.trim())
                .filter(text => text.length > 0)""";

    @Test
    @SuppressWarnings("unchecked")
    void noProductOrProviderNameIsCutOffAt1440Pixels() {
        page.setViewportSize(1440, 900);
        login("beheer");
        page.navigate(url("beheer/producten"));
        PlaywrightAssertions.assertThat(page.getByText("Verblijf met behandeling (behandelgroep)")).isVisible();
        screenshot("catalogue-products-1440");

        assertThat((List<String>) page.evaluate(CUT_OFF)).as("products cut off").isEmpty();
        assertThat((Boolean) page.evaluate("() => { const table = document.querySelector('vaadin-grid')"
                + ".shadowRoot.querySelector('#table'); return table.scrollWidth > table.clientWidth + 1; }"))
                .as("columns hidden to the right").isFalse();

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Zorgaanbieders")).click();
        page.waitForFunction("() => [...document.querySelectorAll('vaadin-text-field input')]"
                + ".some(input => input.value === 'Stichting De Brug Jeugdhulp' && input.offsetParent !== null)");
        screenshot("catalogue-providers-1440");

        assertThat((List<String>) page.evaluate(CUT_OFF)).as("providers cut off").isEmpty();
    }
}
