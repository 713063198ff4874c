package nl.gezinsplan.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import nl.gezinsplan.security.DemoUsers;

/**
 * One user of {@link BrowserLoadBenchmark} in a browser context of its own, on a thread of its own (Playwright's
 * objects belong to the thread that made them): logs in, opens the inbox, a task in it and the task's family, each
 * timed from the click until the page shows it and Vaadin has no round trip under way; then stays on the family's
 * page, idle, until {@link #leave} (or logs out first, when warming up).
 */
final class LoadUser implements Runnable {

    static final List<String> INTERACTIONS = List.of("open the login page", "log in (to Mijn werk)",
            "open the inbox", "open a task (double-click)", "open the task's family");

    /** One interaction as it happened: from the click until the page was usable, in the machine's clock. */
    private static final double STEP_TIMEOUT_MILLIS = 600_000;

    record Interaction(String name, long startMillis, long endMillis) {
    }

    private final int number;
    private final String username;
    private final String browserAddress;
    private final String address;
    private final boolean logOutAfter;
    private final CountDownLatch connected;
    private final CountDownLatch go;
    private final CountDownLatch finished;
    private final CountDownLatch released = new CountDownLatch(1);
    private final Thread thread = new Thread(this);
    private final List<Interaction> interactions = Collections.synchronizedList(new ArrayList<>());
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> sessionIds = Collections.synchronizedSet(new LinkedHashSet<>());
    private Page page;

    LoadUser(int number, String username, String browserAddress, String address, boolean logOutAfter,
             CountDownLatch connected, CountDownLatch go, CountDownLatch finished) {
        this.number = number;
        this.username = username;
        this.browserAddress = browserAddress;
        this.address = address;
        this.logOutAfter = logOutAfter;
        this.connected = connected;
        this.go = go;
        this.finished = finished;
    }

    @Override
    public void run() {
        boolean counted = false;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            BrowserContext context = playwright.chromium().connectOverCDP(browserAddress)
                    .newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
            // 50 browsers and the server on two cores: a step may wait long, and that is what is measured
            context.setDefaultTimeout(STEP_TIMEOUT_MILLIS);
            page = context.newPage();
            watchForErrors();
            connected.countDown();
            go.await();
            try {
                work(context);
            } catch (RuntimeException failed) {
                error("user " + number + " (" + username + ") stopped: " + failed.getMessage().lines().findFirst()
                        .orElse("") + "; the screen: " + screenshot());
            }
            finished.countDown();
            counted = true;
            // the browser itself goes when the benchmark ends (SharedChromium); closing 50 contexts one by one is slow
            released.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failed) {
            error("user " + number + " (" + username + ") could not start a browser: " + failed.getMessage());
        } finally {
            if (!counted) {
                connected.countDown();
                finished.countDown();
            }
        }
    }

    void start() {
        thread.setName("load-user-" + number);
        thread.setDaemon(true);
        thread.start();
    }

    /** Ends the idle wait. */
    void leave() {
        released.countDown();
    }

    List<Interaction> interactions() {
        return List.copyOf(interactions);
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    /** The ids of the HTTP sessions this browser had: the one before logging in and the one after. */
    Set<String> sessionIds() {
        return Set.copyOf(sessionIds);
    }

    /** Keeps the error for the summary, and says it at once: a run of 50 browsers takes minutes. */
    private void error(String error) {
        errors.add(error);
        System.err.println(error);
    }

    private void watchForErrors() {
        page.onRequestFailed(request -> error("request failed: " + request.method() + " " + request.url() + " ("
                + request.failure() + ")"));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                error("HTTP " + response.status() + ": " + response.request().method() + " " + response.url());
            }
        });
        page.onPageError(message -> error("script error: " + message));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                error("console error: " + message.text());
            }
        });
    }

    private void work(BrowserContext context) {
        time(context, INTERACTIONS.get(0), () -> {
            page.navigate(address);
            page.getByLabel("Gebruikersnaam").waitFor();
        });
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill(DemoUsers.PASSWORD);
        time(context, INTERACTIONS.get(1), () -> {
            button("Inloggen").click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mijn werk")).waitFor();
        });
        time(context, INTERACTIONS.get(2), () -> {
            page.locator("vaadin-side-nav-item[path$='werkvoorraad']").click();
            task().waitFor();
        });
        time(context, INTERACTIONS.get(3), () -> {
            task().dblclick();
            page.locator(".task-view vaadin-split-layout").waitFor();
        });
        time(context, INTERACTIONS.get(4), () -> {
            page.locator(".task-view a[href^='gezinnen/']").first().click();
            page.getByRole(AriaRole.TAB).first().waitFor();
        });
        if (logOutAfter) {
            button("Uitloggen").click();
            page.getByLabel("Gebruikersnaam").waitFor();
        }
    }

    /** One of the first rows of the inbox, a different one for the users of one login (the header is a row too). */
    private Locator task() {
        return page.locator("vaadin-grid").getByRole(AriaRole.ROW).nth(1 + number % 3).getByRole(AriaRole.GRIDCELL)
                .first();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void time(BrowserContext context, String name, Runnable step) {
        long start = System.currentTimeMillis();
        step.run();
        PackagedJar.awaitVaadinIdle(page);
        long end = System.currentTimeMillis();
        interactions.add(new Interaction(name, start, end));
        context.cookies(address).stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value).forEach(sessionIds::add);
        int notifications = page.locator("vaadin-notification-card[theme~='error']").count();
        if (notifications > 0) {
            error("user " + number + ": an error notification after '" + name + "': " + page
                    .locator("vaadin-notification-card[theme~='error']").first().innerText());
        }
    }

    private String screenshot() {
        Path file = Path.of("target", "screenshots", "browser-load-user-" + number + ".png");
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(file));
            return file.toString();
        } catch (RuntimeException failed) {
            return "none (" + failed.getMessage() + ")";
        }
    }
}
