package nl.gezinsplan.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.gezinsplan.base.ui.ServerTimeLog;

/**
 * Many people at once, in production mode: starts the packaged jar ({@link PackagedJar}) with the demo data on a fresh
 * database, and {@value #DEFAULT_USERS} users (another number with {@code -Dbenchmark.users=N}), each in a Chromium
 * browser context of its own and all at the same moment, log in as one of the demo consultants, open the inbox, a
 * task and its family ({@link LoadUser}). Prints per interaction the server's own time for it: the sum of the times
 * the server took for the HTTP requests and push messages of that user's session during the interaction, as the
 * application logs them ({@link ServerTimeLog}); beside it the time the user waited in the browser. Then every error:
 * failed requests, HTTP errors, script errors, error notifications, and error lines in the server's log. Last the live
 * heap after a full garbage collection with no one logged in (after a warm-up whose users logged out) and with all
 * users idle on their last page; the difference per session, and the classes that grew most.
 */
public final class BrowserLoadBenchmark {

    private static final int DEFAULT_USERS = 50;
    private static final List<String> CONSULTANTS = List.of("anna", "bram", "carla", "daan");
    private static final Pattern SERVER_TIME = Pattern.compile("server time (\\d+) us at (\\d+) session (\\w+) (.+)$");
    private static final double MIB = 1024 * 1024;

    private record Request(long micros, long startMillis, String session) {
    }

    private BrowserLoadBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        int count = Integer.getInteger("benchmark.users", DEFAULT_USERS);
        try (PackagedJar app = PackagedJar.start("browser-load",
                "--logging.level." + ServerTimeLog.class.getName() + "=debug");
             SharedChromium chromium = SharedChromium.start()) {
            System.out.println("load average before: " + loadAverage());
            together(app, chromium, CONSULTANTS.size(), true).forEach(LoadUser::leave);
            HeapHistogram nobody = HeapHistogram.of(app.pid());
            int logStart = app.logLines().size();
            long start = System.nanoTime();
            List<LoadUser> users = together(app, chromium, count, false);
            double seconds = (System.nanoTime() - start) / 1e9;
            HeapHistogram idle = HeapHistogram.of(app.pid());
            List<String> log = app.logLines();
            log = log.subList(Math.min(logStart, log.size()), log.size());
            users.forEach(LoadUser::leave);
            System.out.printf("%d users in %.0f s; load average after: %s%n", count, seconds, loadAverage());
            printTimes(users, log);
            printErrors(users, log, app.log());
            printHeap(nobody, idle, count);
        }
    }

    /** Starts the users at the same moment and waits until each has done its interactions (or failed). */
    private static List<LoadUser> together(PackagedJar app, SharedChromium chromium, int count, boolean logOutAfter)
            throws InterruptedException {
        CountDownLatch connected = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(count);
        List<LoadUser> users = new ArrayList<>();
        for (int number = 0; number < count; number++) {
            LoadUser user = new LoadUser(number, CONSULTANTS.get(number % CONSULTANTS.size()), chromium.address(),
                    app.address(), logOutAfter, connected, go, finished);
            users.add(user);
            user.start();
        }
        connected.await();
        go.countDown();
        finished.await();
        return users;
    }

    private static void printTimes(List<LoadUser> users, List<String> log) {
        List<Request> requests = new ArrayList<>();
        for (String line : log) {
            Matcher matcher = SERVER_TIME.matcher(line);
            if (matcher.find()) {
                requests.add(new Request(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
                        matcher.group(3)));
            }
        }
        Map<String, List<Double>> server = new LinkedHashMap<>();
        Map<String, List<Double>> browser = new LinkedHashMap<>();
        Map<String, List<Double>> counts = new LinkedHashMap<>();
        for (LoadUser user : users) {
            Set<String> sessions = user.sessionIds().stream().map(ServerTimeLog::sessionKey)
                    .collect(Collectors.toSet());
            for (LoadUser.Interaction interaction : user.interactions()) {
                List<Request> during = requests.stream()
                        .filter(request -> sessions.contains(request.session())
                                && request.startMillis() >= interaction.startMillis()
                                && request.startMillis() <= interaction.endMillis())
                        .toList();
                server.computeIfAbsent(interaction.name(), name -> new ArrayList<>())
                        .add(during.stream().mapToLong(Request::micros).sum() / 1000.0);
                counts.computeIfAbsent(interaction.name(), name -> new ArrayList<>()).add((double) during.size());
                browser.computeIfAbsent(interaction.name(), name -> new ArrayList<>())
                        .add((double) (interaction.endMillis() - interaction.startMillis()));
            }
        }
        System.out.printf("%n%-30s %5s %8s | %-26s | %-19s%n", "", "", "requests", "server time (ms)",
                "in the browser (ms)");
        System.out.printf("%-30s %5s %8s | %8s %8s %8s | %9s %9s%n", "interaction", "users", "median", "median",
                "p95", "max", "median", "p95");
        for (String name : LoadUser.INTERACTIONS) {
            double[] times = sorted(server.getOrDefault(name, List.of()));
            if (times.length == 0) {
                continue;
            }
            double[] waits = sorted(browser.get(name));
            System.out.printf("%-30s %5d %8.0f | %8.0f %8.0f %8.0f | %9.0f %9.0f%n", name, times.length,
                    median(sorted(counts.get(name))), median(times), p95(times), times[times.length - 1],
                    median(waits), p95(waits));
        }
        System.out.println("(server time: the sum of the server's own times of the session's HTTP requests and push"
                + " messages that started during the interaction, from the application's log)");
    }

    private static void printErrors(List<LoadUser> users, List<String> log, Path logFile) {
        List<String> errors = new ArrayList<>();
        users.forEach(user -> errors.addAll(user.errors()));
        log.stream().filter(line -> line.contains(" ERROR ")).map(line -> "server log: " + line).forEach(errors::add);
        long warnings = log.stream().filter(line -> line.contains(" WARN ")).count();
        System.out.printf("%nerrors: %d (failed requests, HTTP errors, script errors, error notifications, error lines"
                + " in the server's log); warnings in the server's log: %d (%s)%n", errors.size(), warnings, logFile);
        errors.stream().limit(20).forEach(error -> System.out.println("  " + error));
    }

    private static void printHeap(HeapHistogram nobody, HeapHistogram idle, int sessions) {
        double perSession = (idle.totalBytes() - nobody.totalBytes()) / (double) sessions;
        System.out.printf("%nlive heap after a full GC: %.1f MiB with no one logged in, %.1f MiB with %d idle"
                        + " sessions: %.0f KiB per session (goal: at most 1,024 KiB)%n", nobody.totalBytes() / MIB,
                idle.totalBytes() / MIB, sessions, perSession / 1024);
        System.out.printf("Vaadin sessions %d -> %d, UIs %d -> %d; grown most, per session:%n",
                nobody.instances("com.vaadin.flow.spring.SpringVaadinSession"),
                idle.instances("com.vaadin.flow.spring.SpringVaadinSession"),
                nobody.instances("com.vaadin.flow.component.UI"), idle.instances("com.vaadin.flow.component.UI"));
        idle.grownSince(nobody, 15).forEach(grown -> System.out.printf("  %8.1f KiB  %s%n",
                grown.getValue() / 1024.0 / sessions, grown.getKey()));
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double p95(double[] sorted) {
        return sorted[(int) (sorted.length * 0.95)];
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
