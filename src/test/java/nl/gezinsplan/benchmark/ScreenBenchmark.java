package nl.gezinsplan.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gezinsplan.BrowserTest;

/**
 * How long a person waits for a screen, in production mode: starts the packaged jar ({@link PackagedJar}) with the
 * demo data on a fresh database, and in Chromium times, from the click to the moment the screen can be used: logging
 * in until the inbox lists its tasks, opening a task from the inbox, opening its family, and the manager opening the
 * monitor until its charts are drawn. Each in a fresh browser, {@value #RUNS} times after two warm-up runs; prints
 * median and slowest in milliseconds.
 */
public final class ScreenBenchmark {

    private static final int WARM_UP = 2;
    private static final int RUNS = 10;

    private final Map<String, List<Double>> timings = new LinkedHashMap<>();
    private final String address;
    private Page page;

    private ScreenBenchmark(String address) {
        this.address = address;
    }

    public static void main(String[] arguments) throws Exception {
        try (PackagedJar app = PackagedJar.start("screens");
             Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = BrowserTest.chromium(playwright)) {
            ScreenBenchmark benchmark = new ScreenBenchmark(app.address());
            for (int run = 0; run < WARM_UP + RUNS; run++) {
                benchmark.run(browser, run >= WARM_UP);
            }
            benchmark.print();
        }
    }

    private void run(Browser browser, boolean counted) {
        try {
            runOnce(browser, counted);
        } catch (RuntimeException failed) {
            System.err.println("failed; the screen as it was: target/screenshots/screen-benchmark-failure.png");
            throw failed;
        }
    }

    private void runOnce(Browser browser, boolean counted) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            context.setDefaultTimeout(60_000);
            page = context.newPage();
            login("anna");
            time(counted, "login to a usable inbox", () -> {
                button("Inloggen").click();
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mijn werk")).waitFor();
                page.locator("vaadin-side-nav-item[path$='werkvoorraad']").click();
                firstTask().waitFor();
            });
            time(counted, "open a task from the inbox", () -> {
                firstTask().dblclick();
                page.locator(".task-view vaadin-split-layout").waitFor();
            });
            time(counted, "open the task's family", () -> {
                page.locator(".task-view a[href^='gezinnen/']").first().click();
                page.getByRole(AriaRole.TAB).first().waitFor();
            });
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            context.setDefaultTimeout(60_000);
            page = context.newPage();
            login("marieke");
            time(counted, "manager: login to the team overview", () -> {
                button("Inloggen").click();
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mijn teams")).waitFor();
            });
            time(counted, "manager: open the monitor", () -> {
                page.locator("vaadin-side-nav-item[path$='monitor']").click();
                page.locator("svg[role=img] rect.point").first().waitFor();
            });
        }
    }

    /** The inbox's first row (the header is a row too). */
    private Locator firstTask() {
        return page.locator("vaadin-grid").getByRole(AriaRole.ROW).nth(1).getByRole(AriaRole.GRIDCELL).first();
    }

    private void login(String username) {
        page.navigate(address);
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill("demo");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void failed() {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots",
                "screen-benchmark-failure.png")));
    }

    /** Times the step until it shows what it waits for and Vaadin has no round trip under way. */
    private void time(boolean counted, String what, Runnable step) {
        long start = System.nanoTime();
        try {
            step.run();
        } catch (RuntimeException failure) {
            failed();
            throw failure;
        }
        PackagedJar.awaitVaadinIdle(page);
        double millis = (System.nanoTime() - start) / 1_000_000.0;
        if (counted) {
            timings.computeIfAbsent(what, key -> new ArrayList<>()).add(millis);
        }
    }

    private void print() {
        System.out.printf("%-40s %8s %8s%n", "screen (production mode, ms)", "median", "max");
        timings.forEach((what, list) -> {
            double[] millis = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("%-40s %8.0f %8.0f%n", what, millis[millis.length / 2], millis[millis.length - 1]);
        });
    }
}
