package nl.gezinsplan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/** What the tests of the packaged jar do in Chromium, as a consultant would. */
final class JarBrowser {

    static final String REGISTERED = "De hulpvraag is geregistreerd en staat klaar voor triage.";

    private JarBrowser() {
    }

    /** Logs in on the page at {@code address} (the application's root, ending in a slash). */
    static void logIn(Page page, String address, String username) {
        page.navigate(address);
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("demo");
        button(page, "Inloggen").click();
        page.waitForURL(url -> !url.contains("inloggen"));
    }

    /** Opens the family's Hulpvragen tab. */
    static void openRequests(Page page, String address, long familyId) {
        page.navigate(address + "gezinnen/" + familyId);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Hulpvragen")).click();
    }

    /** Fills in the registration of a youth-care request on the open Hulpvragen tab, up to the last click. */
    static void fillInRequest(Page page, String description) {
        button(page, "Hulpvraag registreren").click();
        choose(page, "Gezinslid", null);
        choose(page, "Wet", "Jeugdwet");
        choose(page, "Melder", "School of leerplicht");
        page.getByLabel("Hulpvraag", new Page.GetByLabelOptions().setExact(true)).fill(description);
    }

    /** Registers a request on the open Hulpvragen tab and waits for its confirmation. */
    static void registerRequest(Page page, String description) {
        fillInRequest(page, description);
        button(page, "Registreren").click();
        assertThat(page.getByRole(AriaRole.DIALOG)).isHidden();
        assertThat(page.getByText(REGISTERED).first()).isVisible();
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Picks {@code option} from the select labelled {@code label}, or its first option when null. */
    static void choose(Page page, String label, String option) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).click();
        // the options of selects opened before stay in the page, hidden
        Locator options = (option == null ? page.getByRole(AriaRole.OPTION)
                : page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)))
                .filter(new Locator.FilterOptions().setVisible(true));
        options.first().click();
        try {
            assertThat(options).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(10_000));
        } catch (AssertionError stillOpen) {
            // seen once on the loaded two-node machine: the first click on an option was lost and the list stayed open
            options.first().click();
            assertThat(options).hasCount(0);
        }
    }
}
