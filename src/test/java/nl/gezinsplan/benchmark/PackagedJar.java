package nl.gezinsplan.benchmark;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.gezinsplan.ProductionJar;
import org.springframework.util.FileSystemUtils;

/**
 * The packaged jar ({@code target/gezinsplan.jar}, another with {@code -Dbenchmark.jar=...}, built by
 * {@code mvn -Pproduction package}) started as an operator starts it, with the demo data on a fresh database in a
 * temporary folder that goes when it stops; its output goes to a log file beside that folder.
 */
final class PackagedJar implements AutoCloseable {

    /** In a page of the application: Vaadin has no round trip under way. */
    private static final String VAADIN_IDLE = "() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
            + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())";

    private final Process process;
    private final Path data;
    private final Path log;
    private final String address;

    private PackagedJar(Process process, Path data, Path log, int port) {
        this.process = process;
        this.data = data;
        this.log = log;
        this.address = "http://localhost:" + port + "/";
    }

    /** Starts the jar with these command-line settings and waits for its ready line. */
    static PackagedJar start(String name, String... settings) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("benchmark.jar", "target/gezinsplan.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with mvn -Pproduction package -DskipTests");
        }
        Path data = Files.createTempDirectory("gezinsplan-" + name);
        Path log = data.resolveSibling(data.getFileName() + ".log");
        int port = ProductionJar.freePort();
        ProcessBuilder builder = ProductionJar.process(jar, Map.of("GEZINSPLAN_DATA_DIR", data.toString(),
                "PORT", String.valueOf(port), "GEZINSPLAN_DB_PORT", String.valueOf(ProductionJar.freePort())), log,
                settings);
        PackagedJar app = new PackagedJar(builder.start(), data, log, port);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (!ProductionJar.isReady(log)) {
            if (!app.process.isAlive() || System.nanoTime() > deadline) {
                app.close();
                throw new IllegalStateException("the application did not start; see " + log);
            }
            Thread.sleep(500);
        }
        return app;
    }

    String address() {
        return address;
    }

    long pid() {
        return process.pid();
    }

    /** Everything the application has written so far. */
    List<String> logLines() throws IOException {
        return Files.readAllLines(log);
    }

    Path log() {
        return log;
    }

    /** Waits until the page's Vaadin client has no round trip under way. */
    static void awaitVaadinIdle(Page page) {
        // polled by timer, not by animation frame: a page among fifty may get few frames
        page.waitForFunction(VAADIN_IDLE, null, new Page.WaitForFunctionOptions().setPollingInterval(50));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        process.waitFor(60, TimeUnit.SECONDS);
        FileSystemUtils.deleteRecursively(data);
    }
}
