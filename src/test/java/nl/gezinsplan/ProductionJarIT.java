package nl.gezinsplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.Base64;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, started with {@code java -jar} as a user would, on the embedded database: it serves the login
 * page, and what it wrote is still there after a restart.
 */
class ProductionJarIT {

    private static final Path JAR = Path.of("target", "gezinsplan.jar");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    static Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void theJarIsBuilt() {
        assertThat(JAR).exists();
    }

    @Test
    void theJarStartsServesTheLoginPageAndKeepsItsDataAcrossARestart() throws Exception {
        int port = freePort();

        Path firstLog = run(port, "first");
        assertThat(Files.readString(firstLog)).contains("Created 9 demo users");

        Path secondLog = run(port, "second");
        assertThat(Files.readString(secondLog))
                .as("demo users were kept in the data directory, not created again")
                .doesNotContain("demo users");
    }

    @Test
    @EnabledIfSystemProperty(named = "gezinsplan.production-build", matches = "true")
    void aProductionBuildLeavesVaadinsDevelopmentToolsOut() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.stream().map(entry -> entry.getName()))
                    .noneMatch(name -> name.startsWith("BOOT-INF/lib/vaadin-dev-"))
                    .noneMatch(name -> name.startsWith("BOOT-INF/lib/copilot-"));
        }
    }

    /** Starts the jar, checks it serves, stops it the way a service manager would, and returns its log. */
    private Path run(int port, String name) throws Exception {
        Path log = Path.of("target", "production-jar-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("GEZINSPLAN_DATA_DIR", dataDir.toString());
        builder.environment().put("PORT", String.valueOf(port));
        Process app = builder.start();
        try {
            awaitReady(app, log);
            assertThat(get(port, "/login", null).statusCode()).isEqualTo(200);
            HttpResponse<String> users = get(port, "/engine-rest/user/count", "beheer:demo");
            assertThat(users.body()).isEqualTo("{\"count\":9}");
        } finally {
            app.destroy();
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("stops within a minute").isTrue();
        }
        return log;
    }

    private static void awaitReady(Process app, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(app.isAlive()).as("the application is running; see " + log).isTrue();
            if (Files.readString(log).contains(ReadyLine.READY)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not ready within " + START_TIMEOUT + "; see " + log);
    }

    private HttpResponse<String> get(int port, String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
