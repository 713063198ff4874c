package nl.gezinsplan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.gezinsplan.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The README's run command ({@code mvn spring-boot:run}) runs Vaadin in development mode; it must still look like the
 * product. The test context no longer switches Vaadin's development tools off itself, so this sees what
 * application.yml gives.
 */
class DevelopmentPopupTest extends BrowserTest {

    @Test
    void aPhoneShowsNoDevelopmentToolsOrPopUp() {
        onPhone();
        page.navigate(url(""));

        PlaywrightAssertions.assertThat(page.getByLabel("Gebruikersnaam")).isVisible();
        assertThat(page.locator("vaadin-dev-tools, copilot-main, vaadin-devmode-gizmo").count())
                .as("Vaadin's development tools or their pop-up").isZero();
    }
}
