package nl.gezinsplan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes of the packaged jar on one PostgreSQL, behind HAProxy with deploy/cluster/haproxy.cfg, as
 * deploy/cluster/run starts them: started together on an empty database they migrate, deploy and write the demo
 * data once; a request registered on node 1 is worked on node 2, after its task was claimed on both nodes at the same
 * moment; a timer fires once; and node 1 killed with kill -9, its user's browser logs in again through HAProxy on
 * node 2 and finds what was saved.
 */
class ClusterIT {

    private static final String CLAIMED = "U heeft de taak in behandeling genomen.";
    private static final String TAKEN = "heeft deze taak net in behandeling genomen";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /**
     * Two nodes starting at once on a loaded 2-core machine, each taking the time one start takes there; more with
     * -Dcluster.start-minutes=N on a machine busy with other builds.
     */
    private static final Duration TOGETHER = Duration.ofMinutes(Long.getLong("cluster.start-minutes", 8));

    @TempDir
    Path folder;

    private final List<Process> started = new ArrayList<>();
    private EmbeddedPostgres postgres;
    private Process haproxy;
    private final int[] nodePorts = new int[2];
    private int port;

    @BeforeAll
    static void theJarIsBuiltAndHaproxyInstalled() {
        assertThat(ProductionJar.JAR).exists();
        assertThat(Path.of("/usr/sbin/haproxy")).as("Debian's haproxy (.ci/run installs it)").exists();
    }

    @AfterEach
    void stopEverything() throws Exception {
        ProductionJar.destroyAll(started);
        if (haproxy != null) {
            haproxy.destroy();
            haproxy.waitFor();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoNodesShareOneDatabaseDoEverythingOnceAndAKilledNodesUsersGoOnOnTheOther() throws Exception {
        postgres = EmbeddedPostgres.builder().setPort(ProductionJar.freePort()).start();
        startNodesTogether();
        startHaproxy();
        try (Connection database = postgres.getPostgresDatabase().getConnection()) {
            everythingOfTheFirstStartHappenedOnce(database);
            try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                 Browser browser = BrowserTest.chromium(playwright)) {
                PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
                long family = number(database, """
                        select min(family_id) from contact_person where username = 'anna' and ended_at is null""");
                aRequestRegisteredOnNode1IsClaimedOnBothAtOnceAndWorkedOnNode2(database, browser, family);
                aTimerFiresOnce(database);
                node1KilledItsUserLogsInAgainOnNode2AndFindsWhatWasSaved(database, browser, family);
            }
        }
        for (int node = 1; node <= 2; node++) {
            assertThat(errors(log(node))).as("errors on node " + node).isEmpty();
        }
    }

    private void startNodesTogether() throws Exception {
        for (int node = 1; node <= 2; node++) {
            nodePorts[node - 1] = ProductionJar.freePort();
            started.add(ProductionJar.launch("cluster-node" + node, Map.of(
                    "SPRING_PROFILES_ACTIVE", "postgres",
                    "SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "SPRING_DATASOURCE_USERNAME", "postgres",
                    "PORT", String.valueOf(nodePorts[node - 1]),
                    "GEZINSPLAN_DATA_DIR", folder.resolve("node" + node).toString(),
                    "GEZINSPLAN_MFA_KEY_FILE", folder.resolve("two-factor.key").toString(),
                    "SERVER_FORWARD_HEADERS_STRATEGY", "native",
                    // the node's name in the engine's job log; a short idle wait, so the timer below is not waited
                    // for a minute
                    "SPRING_APPLICATION_JSON", "{\"camunda.bpm.generic-properties.properties.hostname\": \"node"
                            + node + "\", \"camunda.bpm.job-execution.max-wait\": 2000}")));
        }
        for (int node = 1; node <= 2; node++) {
            ProductionJar.awaitReady(started.get(node - 1), "cluster-node" + node, TOGETHER);
        }
    }

    private void startHaproxy() throws Exception {
        port = ProductionJar.freePort();
        ProcessBuilder builder = new ProcessBuilder("/usr/sbin/haproxy", "-f", "deploy/cluster/haproxy.cfg", "-db")
                .redirectErrorStream(true).redirectOutput(Path.of("target", "cluster-haproxy.log").toFile());
        builder.environment().putAll(Map.of("GEZINSPLAN_ADDRESS", "127.0.0.1:" + port,
                "GEZINSPLAN_NODE1", "127.0.0.1:" + nodePorts[0], "GEZINSPLAN_NODE2", "127.0.0.1:" + nodePorts[1]));
        haproxy = builder.start();
        await("HAProxy answers", () -> {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    private static void everythingOfTheFirstStartHappenedOnce(Connection database) throws Exception {
        String logs = Files.readString(log(1)) + Files.readString(log(2));
        // Flyway locks per migration: nodes starting together may share the migrations, each applied by one
        long applied = Pattern.compile("Successfully applied (\\d+) migration").matcher(logs).results()
                .mapToLong(result -> Long.parseLong(result.group(1))).sum();
        assertThat(applied).as("every migration applied once")
                .isEqualTo(number(database, "select count(*) from flyway_schema_history where version is not null"));
        assertThat(number(database, "select count(*) from flyway_schema_history where not success")).isZero();
        assertThat(number(database, "select count(*) - count(distinct version) from flyway_schema_history")).isZero();
        assertThat(number(database, "select count(*) from act_re_deployment")).as("the engine deployed once").isOne();
        assertThat(number(database, """
                select count(*) from (select key_ from act_re_procdef group by key_ having count(*) > 1) twice"""))
                .as("every process definition in one version").isZero();
        assertThat(occurrences(logs, "Created 9 demo users")).isOne();
        assertThat(number(database, "select count(*) from user_account")).isEqualTo(9);
        Matcher loaded = Pattern.compile("Loaded small demo data: (\\d+) families").matcher(logs);
        assertThat(loaded.find()).as("one node loaded the demo families").isTrue();
        long families = Long.parseLong(loaded.group(1));
        assertThat(loaded.find()).as("the other did not").isFalse();
        assertThat(number(database, "select count(*) from family")).isEqualTo(families);
        assertThat(occurrences(logs, "Put 15 demo requests on the route")).isOne();
        assertThat(number(database, "select count(*) from request")).isEqualTo(15);
    }

    /**
     * Anna registers a request on node 1; on node 1 she and on node 2 her colleague Bram take its triage task at the
     * same moment (both claims wait for a row lock the test holds on the task, then run together): one gets it, the
     * other is told who has it, nobody gets an error. Whoever got it does the triage on node 2.
     */
    private void aRequestRegisteredOnNode1IsClaimedOnBothAtOnceAndWorkedOnNode2(Connection database, Browser browser,
                                                                                long family) throws Exception {
        String description = "Hulpvraag van de clustertest";
        Page anna = page(browser);
        JarBrowser.logIn(anna, node(1), "anna");
        JarBrowser.openRequests(anna, node(1), family);
        JarBrowser.registerRequest(anna, description);
        String task = text(database, """
                select t.id_ from act_ru_task t
                join act_ru_execution e on e.id_ = t.proc_inst_id_
                join request r on e.business_key_ = 'request-' || r.id
                where r.description = '%s'""".formatted(description));

        Page bram = page(browser);
        JarBrowser.logIn(bram, node(2), "bram");
        anna.navigate(node(1) + "werkvoorraad");
        bram.navigate(node(2) + "werkvoorraad");
        for (Page page : List.of(anna, bram)) {
            page.locator("#inbox").getByText(description).first().click();
        }
        try (Connection holder = postgres.getPostgresDatabase().getConnection()) {
            holder.setAutoCommit(false);
            execute(holder, "select 1 from act_ru_task where id_ = '" + task + "' for update");
            JarBrowser.button(anna, "In behandeling nemen").click();
            JarBrowser.button(bram, "In behandeling nemen").click();
            await("both claims wait for the task's row", () -> number(database, """
                    select count(*) from pg_stat_activity where wait_event_type = 'Lock'""")
                    == 2);
            holder.commit();
        }
        String assigned = "select count(*) from act_ru_task where id_ = '" + task + "' and assignee_ is not null";
        await("one claim committed", () -> number(database, assigned) == 1);
        String winner = text(database, "select assignee_ from act_ru_task where id_ = '" + task + "'");
        Page won = "anna".equals(winner) ? anna : bram;
        Page lost = won == anna ? bram : anna;
        assertThat(won.getByText(CLAIMED)).isVisible();
        assertThat(lost.getByText(TAKEN, new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(lost.getByText(CLAIMED)).hasCount(0);

        Page onNode2 = page(browser);
        JarBrowser.logIn(onNode2, node(2), winner);
        onNode2.navigate(node(2) + "taak/" + task);
        onNode2.getByText("Onderzoek met het gezin (keukentafelgesprek)").click();
        onNode2.getByLabel("Toelichting").fill("Gesprek op node 2");
        JarBrowser.button(onNode2, "Afronden").click();
        assertThat(onNode2.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Werkvoorraad")))
                .isVisible();
        assertThat(number(database, "select count(*) from act_ru_task where id_ = '" + task + "'"))
                .as("triage done").isZero();
        assertThat(number(database, """
                select count(*) from act_hi_taskinst
                where id_ = '%s' and assignee_ = '%s' and end_time_ is not null""".formatted(task, winner))).isOne();
    }

    /**
     * The monthly residential review's timer, due now: both nodes' job executors look for due jobs, one runs it, and
     * one review starts, with one task per ending residential care.
     */
    private static void aTimerFiresOnce(Connection database) throws Exception {
        String job = text(database, """
                select id_ from act_ru_job where handler_type_ = 'timer-start-event' and process_def_key_ = 'residentialReview'""");
        execute(database, "update act_ru_job set duedate_ = now() where id_ = '" + job + "'");
        await("the review started", () -> number(database, """
                select count(*) from act_hi_procinst where proc_def_key_ = 'residentialReview'""") > 0
                && number(database, """
                select count(*) from act_ru_job
                where process_def_key_ = 'residentialReview' and duedate_ > now() + interval '1 day'""") == 1);
        assertThat(number(database, "select count(*) from act_hi_procinst where proc_def_key_ = 'residentialReview'"))
                .isOne();
        assertThat(number(database, "select count(*) from act_hi_job_log where job_id_ = '" + job + "' and job_state_ = 2"))
                .as("run successfully once").isOne();
        assertThat(number(database, "select count(*) from act_hi_job_log where job_id_ = '" + job + "' and job_state_ = 1"))
                .as("no failed attempt").isZero();
        assertThat(number(database, """
                select count(*) - count(distinct v.long_) from act_ru_task t
                join act_ru_variable v on v.task_id_ = t.id_ and v.name_ = 'provisionId'
                where t.task_def_key_ = 'askExitPerspective'"""))
                .as("one task per ending residential care").isZero();
    }

    /**
     * Anna works through HAProxy on node 1 (its cookie says so) and saves a request; node 1 is killed with kill -9.
     * Her next page goes to node 2, which asks her to log in again; she does and finds the request's task in her inbox.
     */
    private void node1KilledItsUserLogsInAgainOnNode2AndFindsWhatWasSaved(Connection database, Browser browser,
                                                                         long family) throws Exception {
        String balancer = "http://localhost:" + port + "/";
        BrowserContext context = browser.newContext();
        context.addCookies(List.of(new Cookie("GEZINSPLAN_NODE", "node1").setUrl(balancer)));
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        JarBrowser.logIn(page, balancer, "anna");
        JarBrowser.openRequests(page, balancer, family);
        JarBrowser.registerRequest(page, "Hulpvraag vlak voor de crash");
        assertThat(node(context)).isEqualTo("node1");

        Process node1 = started.get(0);
        node1.descendants().forEach(ProcessHandle::destroyForcibly);
        node1.destroyForcibly().waitFor();

        page.navigate(balancer + "gezinnen/" + family);
        assertThat(page.getByLabel("Gebruikersnaam")).isVisible(); // node 2 asks her to log in again
        JarBrowser.logIn(page, balancer, "anna");
        assertThat(node(context)).isEqualTo("node2");
        // its triage task, named by the start of the question, waits in her inbox
        page.navigate(balancer + "werkvoorraad");
        assertThat(page.locator("#inbox").getByText("Hulpvraag vlak voor de crash")).isVisible();
        assertThat(number(database, """
                select count(*) from request r
                join act_ru_execution e on e.business_key_ = 'request-' || r.id and e.parent_id_ is null
                where r.description = 'Hulpvraag vlak voor de crash'""")).as("saved once, with its route").isOne();
    }

    private static String node(BrowserContext context) {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("GEZINSPLAN_NODE"))
                .map(cookie -> cookie.value).findFirst().orElse("");
    }

    private static Page page(Browser browser) {
        Page page = browser.newContext().newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    private String node(int node) {
        return "http://localhost:" + nodePorts[node - 1] + "/";
    }

    private static Path log(int node) {
        return ProductionJar.log("cluster-node" + node);
    }

    /** Each line logged as an error, with the line after it, which names the exception if there is one. */
    private static List<String> errors(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(" ERROR ")) {
                errors.add(String.join("\n", lines.subList(i, Math.min(i + 2, lines.size()))));
            }
        }
        return errors;
    }

    private static long occurrences(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(String what, Condition condition) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + PATIENCE + ": " + what);
            }
            Thread.sleep(200);
        }
    }

    private static long number(Connection database, String sql) throws SQLException {
        return Long.parseLong(text(database, sql));
    }

    private static String text(Connection database, String sql) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getString(1);
        }
    }

    private static void execute(Connection database, String sql) throws SQLException {
        try (Statement statement = database.createStatement()) {
            statement.execute(sql);
        }
    }
}
