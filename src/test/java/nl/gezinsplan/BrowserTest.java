package nl.gezinsplan;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gezinsplan.security.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser (Debian's Chromium, driven by Playwright) against the application on its random port.
 * Playwright's own browser download is switched off: it cannot reach its servers here.
 */
@IntegrationTest
public abstract class BrowserTest {

    public static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

    /** Chromium's flags for these machines: no sandbox (root), no GPU, and kept off the closed network. */
    public static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    private BrowserContext context;
    private final List<BrowserContext> otherBrowsers = new ArrayList<>();
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        // the same patience for assertions as for actions: a 2-core CI machine is sometimes slow to render
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = chromium(playwright);
    }

    /** Debian's Chromium, headless, kept off the closed network. */
    public static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(CHROMIUM_FLAGS));
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void openPage() {
        open(new Browser.NewContextOptions());
    }

    /** Continues in a fresh browser the size of a phone (375 × 667, touch), as a family reads the portal: signed out. */
    protected void onPhone() {
        context.close();
        open(new Browser.NewContextOptions().setViewportSize(375, 667).setDeviceScaleFactor(2).setIsMobile(true)
                .setHasTouch(true));
    }

    /** Continues in a fresh desktop browser: signed out. */
    protected void onDesktop() {
        context.close();
        open(new Browser.NewContextOptions());
    }

    private void open(Browser.NewContextOptions options) {
        context = browser.newContext(options.setLocale("en-US"));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    /** Another person's browser beside this one (a colleague at another desk): desktop-sized, signed out. */
    protected Page anotherBrowser() {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"));
        other.setDefaultTimeout(20_000);
        otherBrowsers.add(other);
        return other.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
        otherBrowsers.forEach(BrowserContext::close);
        otherBrowsers.clear();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Logs in a demo user through the login page, as a person would. */
    protected void login(String username) {
        login(username, DemoUsers.PASSWORD);
    }

    protected void login(String username, String password) {
        page.navigate(url(""));
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
    }

    protected void logout() {
        button("Uitloggen").click();
        PlaywrightAssertions.assertThat(page.getByLabel("Gebruikersnaam")).isVisible();
    }

    protected Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    protected Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Opens the select or combo box labelled {@code label} and picks {@code option}; its first option when null. */
    protected void choose(String label, String option) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).click();
        (option == null ? page.getByRole(AriaRole.OPTION).first()
                : page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option))).click();
    }

    /** Picks {@code option} in a combo box by typing it: a long list renders only the options in view. */
    protected void chooseByTyping(String label, String option) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(option);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    /**
     * What axe-core finds against WCAG 2.1 AA on the page once it has settled: loaded, no Vaadin round trip under way,
     * no select still closing (its list box, half gone, is no part of the page) and no dialog fading in or out (its
     * half-transparent text would count as low contrast).
     */
    protected List<Rule> axeViolations() {
        return axeViolations(null);
    }

    /** What axe-core finds within the element {@code within} selects, or on the whole page when it is null. */
    protected List<Rule> axeViolations(String within) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())");
        page.waitForFunction("() => !document.querySelector('vaadin-select[opened], vaadin-select-overlay[closing],"
                + " vaadin-dialog-overlay[opening], vaadin-dialog-overlay[closing]')");
        // axe.run in the page itself: the default runs per frame and combines the frames' results in a new page opened
        // for each check, twice as slow, for frames the application does not have
        AxeBuilder axe = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .setLegacyMode(true);
        if (within != null) {
            axe.include(List.of(within));
        }
        return axe.analyze().getViolations();
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
    }
}
