package nl.gezinsplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged jar as an operator runs it: {@code java -jar target/gezinsplan.jar}, with environment variables. */
public final class ProductionJar {

    static final Path JAR = Path.of("target", "gezinsplan.jar");
    // a cold start on a loaded 2-core machine, creating the demo data, has taken over a minute
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private ProductionJar() {
    }

    /** Starts the application and waits for its ready line. */
    static Process start(String name, Map<String, String> environment) throws IOException, InterruptedException {
        Process app = launch(name, environment);
        try {
            awaitReady(app, name, START_TIMEOUT);
            return app;
        } catch (AssertionError | IOException | InterruptedException e) {
            app.destroy();
            throw e;
        }
    }

    /** Starts the application without waiting; its output goes to target/production-jar-NAME.log. */
    static Process launch(String name, Map<String, String> environment) throws IOException {
        return process(environment, log(name)).start();
    }

    /** Waits for the ready line of the application started as {@code name}, up to {@code timeout}. */
    static void awaitReady(Process app, String name, Duration timeout) throws IOException, InterruptedException {
        Path log = log(name);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            assertThat(app.isAlive()).as("the application is running; see " + log).isTrue();
            if (isReady(log)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not ready within " + timeout + "; see " + log);
    }

    /** Runs a command of the jar, such as {@code --backup=FILE}, to its end, and returns its exit code. */
    static int command(String name, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        Process command = process(environment, log(name), arguments).start();
        assertThat(command.waitFor(2, TimeUnit.MINUTES)).as("finishes; see " + log(name)).isTrue();
        return command.exitValue();
    }

    /** Stops the application the way a service manager does (SIGTERM) and checks that it ends promptly. */
    static void stop(Process app) throws InterruptedException {
        app.destroy();
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("stops within a minute").isTrue();
    }

    /** Ends what a test started, whatever became of it. */
    static void destroyAll(List<Process> started) throws InterruptedException {
        for (Process app : started) {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    static Path log(String name) {
        return Path.of("target", "production-jar-" + name + ".log");
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static ProcessBuilder process(Map<String, String> environment, Path log, String... arguments) {
        return process(JAR, environment, log, arguments);
    }

    /** {@code java -jar JAR ARGUMENTS}, with the environment's variables added, its output to {@code log}. */
    public static ProcessBuilder process(Path jar, Map<String, String> environment, Path log, String... arguments) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder;
    }

    /** Whether the application whose output goes to {@code log} has said it is ready. */
    public static boolean isReady(Path log) throws IOException {
        return Files.readString(log).contains(ReadyLine.READY);
    }
}
