package nl.gezinsplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import nl.gezinsplan.database.DataFolderDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, started with {@code java -jar} as a user would, on the embedded database: it serves the login
 * page and the engine's API; killed with kill -9 while a consultant registers requests in Chromium, it starts again
 * on its own and every request the consultant saw saved is there with its route; it stops on SIGTERM also when its
 * database died; a backup of the folder restores.
 */
class ProductionJarIT {

    /** Requests the consultant registers; the kill lands while the last one is being saved. */
    private static final int WRITES = 6;

    @TempDir
    static Path dataDir;

    @TempDir
    static Path backups;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Process> started = new ArrayList<>();
    private int port;
    private int databasePort;

    @BeforeAll
    static void theJarIsBuilt() {
        assertThat(ProductionJar.JAR).exists();
    }

    @AfterEach
    void noApplicationOrDatabaseOutlivesTheTest() throws Exception {
        ProductionJar.destroyAll(started);
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            ProcessHandle.of(postmasterPid(dataDir.resolve("postgres"))).ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    void killedDuringWritesItStartsAgainWithoutHelpKeepingEveryRequestItConfirmedAndItRestoresABackup() throws Exception {
        port = ProductionJar.freePort();
        // a fixed database port: the new start must not talk to the server the killed JVM left behind on it
        databasePort = ProductionJar.freePort();
        Map<String, String> environment = Map.of("GEZINSPLAN_DATA_DIR", dataDir.toString(),
                "PORT", String.valueOf(port), "GEZINSPLAN_DB_PORT", String.valueOf(databasePort));
        Path folder = dataDir.resolve("postgres");

        Process first = start("first", environment);
        assertThat(Files.readString(ProductionJar.log("first"))).contains("Created 9 demo users");
        servesTheLoginPageAndTheEngineApi();
        long leftBehind = postmasterPid(folder);
        List<String> confirmed = registerRequestsUntilKilled(first, familyOfAnna(folder));
        assertThat(ProcessHandle.of(leftBehind)).as("kill -9 of the JVM left its database server running")
                .hasValueSatisfying(server -> assertThat(server.isAlive()).isTrue());

        Process second = start("second", environment);
        assertThat(Files.readString(ProductionJar.log("second")))
                .as("demo users were kept in the data directory, not created again").doesNotContain("demo users")
                .contains("was left running on " + folder);
        assertThat(ProcessHandle.of(leftBehind).filter(ProcessHandle::isAlive)).as("the server left behind was stopped")
                .isEmpty();
        assertThat(postmasterPid(folder)).isNotEqualTo(leftBehind);
        servesTheLoginPageAndTheEngineApi();
        try (Connection database = DataFolderDatabase.connect(folder, databasePort)) {
            everyConfirmedRequestIsThereOnceWithItsRoute(database, confirmed);
            nothingIsHalfWritten(database);
        }
        ProcessHandle.of(postmasterPid(folder)).orElseThrow().destroyForcibly();
        long stopping = System.nanoTime();
        ProductionJar.stop(second);
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).as("SIGTERM ends it promptly without its database")
                .isLessThan(Duration.ofSeconds(20));

        // PostgreSQL recovers the crashed folder on this first start after the kill
        String atBackup = DataFolderDatabase.whileStopped(folder, ProductionJarIT::requestsAndProcesses);
        Path backup = backups.resolve("gezinsplan.zip");
        assertThat(ProductionJar.command("backup", environment, "--backup=" + backup)).isZero();
        DataFolderDatabase.whileStopped(folder, database -> execute(database,
                "update request set description = 'changed after the backup'; delete from act_hi_procinst"));
        assertThat(ProductionJar.command("restore", environment, "--restore=" + backup)).isZero();
        assertThat(DataFolderDatabase.whileStopped(folder, ProductionJarIT::requestsAndProcesses))
                .as("Gezinsplan's and the engine's tables as at the backup").isEqualTo(atBackup);
    }

    @Test
    @EnabledIfSystemProperty(named = "gezinsplan.production-build", matches = "true")
    void aProductionBuildLeavesVaadinsDevelopmentToolsOut() throws IOException {
        try (JarFile jar = new JarFile(ProductionJar.JAR.toFile())) {
            assertThat(jar.stream().map(entry -> entry.getName()))
                    .noneMatch(name -> name.startsWith("BOOT-INF/lib/vaadin-dev-"))
                    .noneMatch(name -> name.startsWith("BOOT-INF/lib/copilot-"));
        }
    }

    /**
     * Consultant anna registers requests on a family's Hulpvragen tab, each confirmed by its notification as the
     * dialog closes; the JVM is killed once the browser has sent the last one to the server.
     */
    private List<String> registerRequestsUntilKilled(Process app, long familyId) throws InterruptedException {
        List<String> confirmed = new ArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = BrowserTest.chromium(playwright)) {
            PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
            Page page = browser.newPage();
            page.setDefaultTimeout(30_000);
            JarBrowser.logIn(page, url(""), "anna");
            JarBrowser.openRequests(page, url(""), familyId);
            for (int write = 1; write <= WRITES; write++) {
                String description = "Hulpvraag " + write + " van de crashtest";
                if (write == WRITES) {
                    JarBrowser.fillInRequest(page, description);
                    page.waitForRequest(request -> request.url().contains("v-r=uidl"),
                            () -> JarBrowser.button(page, "Registreren").click());
                    // with its process group, as kill -9 of the group does: the JVM and the watchdog that would shut
                    // the database down, not PostgreSQL (pg_ctl starts it in a session of its own)
                    app.descendants().forEach(ProcessHandle::destroyForcibly);
                    app.destroyForcibly().waitFor();
                    return confirmed;
                }
                JarBrowser.registerRequest(page, description);
                confirmed.add(description);
            }
        }
        throw new AssertionError("the JVM was not killed");
    }

    private Process start(String name, Map<String, String> environment) throws IOException, InterruptedException {
        Process app = ProductionJar.start(name, environment);
        started.add(app);
        return app;
    }

    private static void everyConfirmedRequestIsThereOnceWithItsRoute(Connection database, List<String> confirmed)
            throws SQLException {
        List<String> saved = new ArrayList<>();
        try (Statement statement = database.createStatement(); ResultSet rows = statement.executeQuery("""
                select r.description from request r
                join act_ru_execution e on e.business_key_ = 'request-' || r.id and e.parent_id_ is null
                where r.description like '% van de crashtest'""")) {
            while (rows.next()) {
                saved.add(rows.getString(1));
            }
        }
        assertThat(saved).as("confirmed requests, each once with its running route").containsAll(confirmed)
                .doesNotHaveDuplicates()
                .as("at most the one being saved at the kill besides them").hasSizeBetween(confirmed.size(), WRITES);
    }

    /**
     * A request committed at the kill whose route had not started yet gets it from the new start on its own, once the
     * event is a minute old (base.UnfinishedEvents).
     */
    private static void nothingIsHalfWritten(Connection database) throws SQLException, InterruptedException {
        String requestsWithoutTheirProcess = """
                select count(*) from request r
                where not exists (select 1 from act_hi_procinst p where p.business_key_ = 'request-' || r.id)""";
        long giveUp = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (number(database, requestsWithoutTheirProcess) > 0 && System.nanoTime() < giveUp) {
            Thread.sleep(2_000);
        }
        assertThat(number(database, requestsWithoutTheirProcess)).as("requests without their process").isZero();
        assertThat(number(database, """
                select count(*) from act_hi_procinst p
                where p.proc_def_key_ = 'request'
                  and not exists (select 1 from request r where p.business_key_ = 'request-' || r.id)"""))
                .as("request processes without their request").isZero();
    }

    private static String requestsAndProcesses(Connection database) throws SQLException {
        try (Statement statement = database.createStatement(); ResultSet rows = statement.executeQuery("""
                select (select string_agg(id || ':' || coalesce(description, ''), ',' order by id) from request)
                    || ' / ' || (select string_agg(id_ || ':' || coalesce(business_key_, ''), ',' order by id_)
                                 from act_hi_procinst)""")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long number(Connection database, String sql) throws SQLException {
        try (Statement statement = database.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Void execute(Connection database, String sql) throws SQLException {
        try (Statement statement = database.createStatement()) {
            statement.execute(sql);
        }
        return null;
    }

    private long familyOfAnna(Path folder) throws IOException, SQLException {
        try (Connection database = DataFolderDatabase.connect(folder, databasePort)) {
            return number(database, """
                    select min(family_id) from contact_person where username = 'anna' and ended_at is null""");
        }
    }

    private static long postmasterPid(Path folder) throws IOException {
        return Long.parseLong(Files.readAllLines(folder.resolve("postmaster.pid")).get(0).trim());
    }

    private void servesTheLoginPageAndTheEngineApi() throws Exception {
        assertThat(get("inloggen", null).statusCode()).isEqualTo(200);
        assertThat(get("engine-rest/user/count", "beheer:demo").body()).isEqualTo("{\"count\":9}");
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
