package nl.gezinsplan.benchmark;

import java.util.ArrayList;
import java.util.List;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.security.AuditFilter;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.workflow.HeldTasks;
import nl.gezinsplan.workflow.Inbox;
import nl.gezinsplan.workflow.InboxFilter;
import nl.gezinsplan.workflow.InboxSort;
import nl.gezinsplan.workflow.TeamWork;
import nl.gezinsplan.workflow.TestTasks;
import nl.gezinsplan.workflow.WorkItem;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The inbox and the family search of a big city: {@value #FAMILIES} families, {@value #OPEN_TASKS} open tasks and
 * {@value #FINISHED_TASKS} finished ones. Run it with
 * {@code mvn test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.gezinsplan.benchmark.ScaleBenchmark}.
 * <p>
 * It loads the city-scale demo data, lets the routes start one task of each kind used here (templates), and copies
 * families and templates in SQL ({@link ScaleData}): consultant anna gets about 4,000 tasks, manager marieke's three
 * teams about 6,600 open to her, and {@value #COLLEAGUES} colleagues per team the rest. Then it times, for anna and
 * marieke, the inbox's first page with names and its count beside the engine's own task query for the same filter
 * and order, the family search, marieke's team overview, the tasks anna holds on her hand-over page, and marieke's
 * audit trail over {@value #AUDIT_EVENTS} events; median, 95th percentile and slowest of 50 runs, in milliseconds.
 */
public final class ScaleBenchmark {

    private static final int FAMILIES = 60_000;
    private static final int OPEN_TASKS = 100_000;
    private static final int FINISHED_TASKS = 1_000_000;
    private static final int COLLEAGUES = 100;
    private static final int PAGE = 50;
    private static final int AUDIT_EVENTS = 3_000_000;

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // no job executor: the copied escalation timers would otherwise fire while the queries are timed
        Benchmarks.onFreshDatabase(List.of("--gezinsplan.demo.scale=city", "--camunda.bpm.job-execution.enabled=false"),
                ScaleBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        UserDetailsService users = context.getBean(UserDetailsService.class);
        TestTasks testTasks = context.getBean(TestTasks.class);
        ScaleData data = new ScaleData(jdbc, context.getBean(TransactionTemplate.class));
        long start = System.nanoTime();

        // the templates come first: a review's candidates are the team's members when it starts
        Templates templates = Templates.start(testTasks, users, jdbc);
        data.families(FAMILIES, COLLEAGUES);
        jdbc.sql("""
                insert into team_member (user_account, team_code)
                select id, 'participatie' from user_account where username = 'marieke'""").update();
        int next = 1;
        data.plan(next, 1_000, templates.youth, "'anna'");
        next += 1_000;
        data.plan(next, 3_000, templates.youth, "null");
        next += 3_000;
        data.plan(next, 1_500, templates.wmo, "null");
        next += 1_500;
        data.plan(next, 1_500, templates.participation, "null");
        next += 1_500;
        data.plan(next, 600, templates.escalations, "null");
        next += 600;
        int perTeam = (OPEN_TASKS - next + 1) / 3;
        for (String team : List.of("jeugd", "wmo", "participatie")) {
            data.plan(next, perTeam, templates.of(team), colleagueOf(team));
            next += perTeam;
        }
        data.copyRunning();
        data.plan(next, FINISHED_TASKS, templates.finished, colleagueOf("jeugd"));
        data.copyFinished();
        jdbc.sql("vacuum analyze").update();
        System.out.printf("%nLoaded in %.0f s: %,d families, %,d persons, %,d open tasks, %,d finished tasks%n%n",
                (System.nanoTime() - start) / 1e9, count(jdbc, "family"), count(jdbc, "person"),
                count(jdbc, "act_ru_task"), jdbc.sql("select count(*) from act_hi_taskinst where end_time_ is not null")
                        .query(Long.class).single());

        Inbox inbox = context.getBean(Inbox.class);
        Families families = context.getBean(Families.class);
        TaskService engine = context.getBean(TaskService.class);
        HistoryService history = context.getBean(HistoryService.class);
        SignIn.as(users, "anna");
        // a copy's id is its template's (36 characters) with a suffix
        String copiedId = jdbc.sql("select min(id_) from act_ru_task where assignee_ = 'anna' and length(id_) > 36")
                .query(String.class).single();
        inbox.unclaim(copiedId);
        inbox.claim(copiedId);
        WorkItem copied = inbox.task(copiedId).orElseThrow();
        System.out.printf("A copied task as the inbox reads it: %s about family %d, given back and taken again;"
                + " the engine's history: %,d finished tasks%n%n", copied.name(), copied.familyId(),
                history.createHistoricTaskInstanceQuery().finished().count());

        for (String user : List.of("anna", "marieke")) {
            SignIn.as(users, user);
            System.out.printf("%s's inbox: %,d tasks%n", user, inbox.count(InboxFilter.EVERYTHING));
            Benchmarks.header("inbox of " + user);
            Benchmarks.Timing ours = Benchmarks.measure("first page of 50 with family and person names",
                    () -> InboxBenchmark.withNames(families,
                            inbox.tasks(InboxFilter.EVERYTHING, InboxSort.DEFAULT, 0, PAGE)));
            Benchmarks.Timing bare = Benchmarks.measure("the engine's TaskQuery, same filter and order",
                    () -> engineQuery(engine, user).listPage(0, PAGE));
            Benchmarks.Timing ourCount = Benchmarks.measure("count", () -> inbox.count(InboxFilter.EVERYTHING));
            Benchmarks.Timing bareCount = Benchmarks.measure("the engine's TaskQuery count",
                    () -> engineQuery(engine, user).count());
            System.out.printf("ours / engine: first page %.2f (p95 %.2f), count %.2f (p95 %.2f)%n%n",
                    ours.median() / bare.median(), ours.p95() / bare.p95(),
                    ourCount.median() / bareCount.median(), ourCount.p95() / bareCount.p95());
        }

        Benchmarks.header("family search");
        SignIn.as(users, "anna");
        Benchmarks.measure("anna: first page of 50, no text", () -> families.search("", 0, PAGE));
        Benchmarks.measure("anna: by name prefix 'van'", () -> families.search("van", 0, PAGE));
        Benchmarks.measure("anna: by birth date 1-1-2012", () -> families.search("1-1-2012", 0, PAGE));
        SignIn.as(users, "marieke");
        Benchmarks.measure("marieke: by name prefix 'de'", () -> families.search("de", 0, PAGE));

        InboxBenchmark.teamOverview(context.getBean(TeamWork.class), families);

        Benchmarks.header("hand-over page of anna, as marieke");
        HeldTasks held = context.getBean(HeldTasks.class);
        Benchmarks.measure("anna's tasks counted", () -> held.heldBy("anna"));
        Benchmarks.measure("first page of 50 of her tasks", () -> held.of("anna", 0, PAGE));
        Benchmarks.measure("for comparison: all her tasks at once", 1, 5, () -> held.of("anna"));

        auditTrail(jdbc, context.getBean(AuditLog.class));
    }

    /**
     * The manager's audit trail over {@value #AUDIT_EVENTS} events, about three years of a big city: the pages the
     * screen reads as the manager scrolls and filters, and for comparison a count of all events, which it no longer
     * asks for.
     */
    private static void auditTrail(JdbcClient jdbc, AuditLog audit) {
        long start = System.nanoTime();
        jdbc.sql("""
                insert into audit_event (at, actor, action, family_id, subject, detail, actor_teams, family_teams)
                select now() - make_interval(secs => k * 30),
                       case when k % 20 = 0 then 'anna' else team || '-' || lpad((1 + k % :colleagues)::text, 3, '0') end,
                       case when k % 10 = 0 then 'UPDATE' else 'READ' end,
                       (select min(id) from family) + k % :families, 'audit.page.viewed', 'plan,timeline',
                       array[team], array[team]
                from generate_series(1, :events) k
                     cross join lateral (select (array['jeugd', 'wmo', 'participatie'])[1 + k % 3] as team) t""")
                .param("colleagues", COLLEAGUES).param("families", FAMILIES).param("events", AUDIT_EVENTS).update();
        jdbc.sql("vacuum analyze audit_event").update();
        System.out.printf("%nAudit trail loaded in %.0f s: %,d events%n", (System.nanoTime() - start) / 1e9,
                count(jdbc, "audit_event"));
        long family = jdbc.sql("select min(id) + 7 from family").query(Long.class).single();
        Benchmarks.header("audit trail of marieke");
        Benchmarks.measure("first page of 50, no filter",
                () -> audit.search(AuditFilter.ALL, 0, PAGE));
        Benchmarks.measure("page 100, no filter", () -> audit.search(AuditFilter.ALL,
                99 * PAGE, PAGE));
        Benchmarks.measure("first page of anna's events",
                () -> audit.search(new AuditFilter("anna", null, null, null, null), 0, PAGE));
        Benchmarks.measure("first page of one family's events",
                () -> audit.search(new AuditFilter(null, family, null, null, null), 0, PAGE));
        Benchmarks.measure("for comparison: a count of all events, the least one costs", 1, 5,
                () -> count(jdbc, "audit_event"));
    }

    /** What the inbox asks for {@link InboxFilter#EVERYTHING} in its default order, straight on the engine. */
    private static TaskQuery engineQuery(TaskService engine, String user) {
        return engine.createTaskQuery().or().taskAssignee(user).taskCandidateUser(user).endOr()
                .orderByDueDate().asc().orderByTaskCreateTime().asc().orderByTaskId().asc();
    }

    private static String colleagueOf(String team) {
        return "'" + team + "-' || lpad((1 + k % " + COLLEAGUES + ")::text, 3, '0')";
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** One process instance of each kind copied, started by the routes; by their root process instance ids. */
    private record Templates(List<String> youth, List<String> wmo, List<String> participation,
                             List<String> escalations, List<String> finished) {

        static Templates start(TestTasks tasks, UserDetailsService users, JdbcClient jdbc) {
            long family = jdbc.sql("select min(id) from family").query(Long.class).single();
            long person = jdbc.sql("select min(id) from person where family_id = :family").param("family", family)
                    .query(Long.class).single();
            SignIn.as(users, "bram");
            // no approval called by a request: started at the approval, the route gives the called instance a root of
            // its own, so its copies would miss their caller
            List<String> youth = roots(jdbc, tasks.review("bram", Law.JEUGDWET, family, person),
                    tasks.requestAt("triage", Law.JEUGDWET, family, person),
                    tasks.perspectiveTalk(family, person, EngineDates.today().minusYears(17)));
            SignIn.as(users, "carla");
            List<String> wmo = roots(jdbc, tasks.review("carla", Law.WMO, family, person),
                    tasks.requestAt("triage", Law.WMO, family, person));
            SignIn.as(users, "daan");
            List<String> participation = roots(jdbc, tasks.review("daan", Law.PARTICIPATIEWET, family, person),
                    tasks.requestAt("triage", Law.PARTICIPATIEWET, family, person));
            List<String> escalations = new ArrayList<>();
            for (Law law : Law.values()) {
                escalations.addAll(roots(jdbc, tasks.escalation("researchTermExceeded", law, family, person)));
            }
            SignIn.as(users, "bram");
            String approved = tasks.review("bram", Law.JEUGDWET, family, person);
            List<String> finished = roots(jdbc, approved);
            tasks.approveAs("anna", approved);
            return new Templates(youth, wmo, participation, escalations, finished);
        }

        List<String> of(String team) {
            return switch (team) {
                case "jeugd" -> youth;
                case "wmo" -> wmo;
                default -> participation;
            };
        }

        private static List<String> roots(JdbcClient jdbc, String... taskIds) {
            List<String> roots = new ArrayList<>();
            for (String taskId : taskIds) {
                roots.add(jdbc.sql("""
                                select e.root_proc_inst_id_ from act_ru_task t
                                join act_ru_execution e on e.id_ = t.proc_inst_id_ where t.id_ = :task""")
                        .param("task", taskId).query(String.class).single());
            }
            return roots;
        }
    }
}
