package nl.gezinsplan.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import nl.gezinsplan.GezinsplanApplication;
import nl.gezinsplan.TestClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * What every benchmark here does: run the application on a fresh embedded database, and time queries as median,
 * 95th percentile and slowest of 50 runs after a warm-up, in milliseconds.
 */
final class Benchmarks {

    private static final int WARM_UP = 10;
    private static final int RUNS = 50;

    interface Body {
        void run(ConfigurableApplicationContext context) throws Exception;
    }

    private Benchmarks() {
    }

    /** Starts the application with these settings on a database in a new temporary folder, deleted afterwards. */
    static void onFreshDatabase(List<String> settings, Body body) throws Exception {
        Path data = Files.createTempDirectory("gezinsplan-benchmark");
        List<String> arguments = new ArrayList<>(List.of("--gezinsplan.database.data-dir=" + data,
                "--server.port=0", "--logging.level.root=warn", "--vaadin.devmode.devTools.enabled=false"));
        arguments.addAll(settings);
        // the test classes' components (TestCare and others) are on the class path too, and need the tests' clock
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GezinsplanApplication.class,
                TestClock.class).run(arguments.toArray(String[]::new))) {
            body.run(context);
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
    }

    static void header(String what) {
        System.out.printf("%-58s %8s %8s %8s%n", what, "median", "p95", "max");
    }

    static void measure(String what, Supplier<?> query) {
        measure(what, WARM_UP, RUNS, query);
    }

    /** As {@link #measure(String, Supplier)}, with fewer runs for queries that take seconds. */
    static void measure(String what, int warmUp, int runs, Supplier<?> query) {
        for (int i = 0; i < warmUp; i++) {
            query.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        System.out.printf("%-58s %8.1f %8.1f %8.1f%n", what, millis[runs / 2], millis[(int) (runs * 0.95)],
                millis[runs - 1]);
    }
}
