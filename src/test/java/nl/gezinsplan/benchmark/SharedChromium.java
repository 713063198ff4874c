package nl.gezinsplan.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.ProductionJar;
import org.springframework.util.FileSystemUtils;

/**
 * One headless Debian Chromium for many Playwright connections ({@code connectOverCDP}): a Playwright instance
 * belongs to one thread, so concurrent users each need their own, and one browser process for all of them keeps
 * the machine's memory for the browser contexts.
 */
final class SharedChromium implements AutoCloseable {

    private final Process process;
    private final Path profile;
    private final String address;

    private SharedChromium(Process process, Path profile, int port) {
        this.process = process;
        this.profile = profile;
        this.address = "http://127.0.0.1:" + port;
    }

    static SharedChromium start() throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("gezinsplan-chromium");
        int port = ProductionJar.freePort();
        List<String> command = new ArrayList<>(List.of(BrowserTest.CHROMIUM.toString(), "--headless",
                "--remote-debugging-port=" + port, "--user-data-dir=" + profile));
        command.addAll(BrowserTest.CHROMIUM_FLAGS);
        // what Playwright passes when it launches Chromium itself: without them a page in one of many windows counts
        // as hidden, gets no animation frames, and Playwright waits forever for an element to stand still
        command.addAll(List.of("--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
                "--disable-renderer-backgrounding", "--disable-ipc-flooding-protection", "--disable-hang-monitor",
                "--disable-dev-shm-usage"));
        command.add("about:blank");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile()).start();
        SharedChromium chromium = new SharedChromium(process, profile, port);
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                http.send(HttpRequest.newBuilder(URI.create(chromium.address + "/json/version")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return chromium;
            } catch (IOException notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    chromium.close();
                    throw new IllegalStateException("Chromium did not start: " + command, notYet);
                }
                Thread.sleep(200);
            }
        }
    }

    /** Where Playwright connects to it. */
    String address() {
        return address;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
        FileSystemUtils.deleteRecursively(profile);
    }
}
