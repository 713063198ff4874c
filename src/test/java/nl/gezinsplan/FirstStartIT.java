package nl.gezinsplan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gezinsplan.security.TwoFactorTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar started for real on an empty database with the demo off: with the two variables the administrator
 * logs in; without the password the set-up link in the log works once, in Chromium, to choose a password; a password
 * breaking the policy stops the start with the reason.
 */
class FirstStartIT {

    private static final Pattern SET_UP_LINK = Pattern.compile("http://localhost:\\d+/(wachtwoord/[A-Z2-9]{26})");

    @TempDir
    Path dataDir;

    private final List<Process> started = new ArrayList<>();
    private int port;

    @AfterEach
    void stop() throws InterruptedException {
        ProductionJar.destroyAll(started);
    }

    @Test
    void withTheTwoVariablesTheAdministratorLogsIn() throws Exception {
        start("first-admin-variables", Map.of("GEZINSPLAN_ADMIN_USERNAME", "f.jansen",
                "GEZINSPLAN_ADMIN_PASSWORD", "een sterk beheerwachtwoord"));

        assertThat(Files.readString(ProductionJar.log("first-admin-variables")))
                .contains("Administrator 'f.jansen' can log in").doesNotContain("demo users").doesNotContain("set-up link");
        // without the demo, administrators need two-factor (GEZINSPLAN_MFA=optional): the REST API, which has no
        // second step, accepts the password and still refuses, saying why; a wrong password is only refused
        HttpResponse<String> rightPassword = get("engine-rest/user/count", "f.jansen:een sterk beheerwachtwoord");
        assertThat(rightPassword.statusCode()).isEqualTo(401);
        assertThat(rightPassword.body()).contains("SecondFactorRequired");
        HttpResponse<String> wrongPassword = get("engine-rest/user/count", "f.jansen:wrong password!");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).doesNotContain("SecondFactorRequired");
    }

    @Test
    void withoutThePasswordTheSetUpLinkInTheLogWorksOnce() throws Exception {
        start("first-admin-link", Map.of());
        Matcher link = SET_UP_LINK.matcher(Files.readString(ProductionJar.log("first-admin-link")));
        assertThat(link.find()).as("a set-up link in the log").isTrue();

        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = BrowserTest.chromium(playwright)) {
            PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
            // a phone's width, as every screen must work at 375 px
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(375, 800));
            page.setDefaultTimeout(30_000);
            page.navigate(url(link.group(1)));
            page.getByLabel("Gebruikersnaam").fill("beheerder");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/set-up-link-phone.png")));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).click();

            assertThat(page.getByRole(AriaRole.HEADING)).hasText("Nieuw wachtwoord kiezen");
            assertThat(page).hasURL(Pattern.compile(".*/wachtwoord-kiezen$"));
            page.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("mijn eigen beheerzin");
            page.getByLabel("Herhaal het nieuwe wachtwoord").fill("mijn eigen beheerzin");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/choose-password-phone.png")));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();

            page.waitForURL(address -> address.contains("inloggen?wachtwoord-gekozen"));
            page.getByLabel("Gebruikersnaam").fill("beheerder");
            page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("mijn eigen beheerzin");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).click();
            // administrators enrol two-factor at their first password login without the demo
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tweestapsverificatie")))
                    .isVisible();
            String secret = page.locator("#two-factor-secret").textContent();
            page.getByLabel("Verificatiecode").fill(TwoFactorTesting.code(secret, TwoFactorTesting.currentStep()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevestigen")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik heb de codes bewaard")).click();
            page.waitForURL(address -> address.endsWith("/beheer/gebruikers"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gebruikers"))).isVisible();

            Page again = browser.newContext().newPage();
            again.navigate(url(link.group(1)));
            again.getByLabel("Gebruikersnaam").fill("beheerder");
            again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).click();
            again.waitForURL(address -> address.contains("inloggen?error"));
        }
    }

    @Test
    void aPasswordBreakingThePolicyStopsTheStartSayingWhy() throws Exception {
        int exit = ProductionJar.command("first-admin-weak", environment(Map.of("GEZINSPLAN_ADMIN_PASSWORD", "welkom123")));

        assertThat(exit).isNotZero();
        assertThat(Files.readString(ProductionJar.log("first-admin-weak"))).contains("APPLICATION FAILED TO START")
                .contains("GEZINSPLAN_ADMIN_PASSWORD does not meet the password policy")
                .contains("at least 12 characters");
    }

    private void start(String name, Map<String, String> variables) throws Exception {
        started.add(ProductionJar.start(name, environment(variables)));
    }

    private Map<String, String> environment(Map<String, String> variables) throws Exception {
        port = ProductionJar.freePort();
        Map<String, String> environment = new HashMap<>(variables);
        environment.putAll(Map.of("GEZINSPLAN_DATA_DIR", dataDir.toString(), "PORT", String.valueOf(port),
                "GEZINSPLAN_DEMO", "false", "GEZINSPLAN_PORTAL_BASE_URL", "http://localhost:" + port));
        return environment;
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()))
                        .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
