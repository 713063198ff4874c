package nl.gezinsplan.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestDraft;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.TriageOutcome;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.plan.Goal;
import nl.gezinsplan.plan.GoalStatus;
import nl.gezinsplan.plan.PlanDraft;
import nl.gezinsplan.plan.Plans;
import nl.gezinsplan.workflow.Inbox;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.TestRoutes;
import nl.gezinsplan.workflow.Verdict;
import nl.gezinsplan.workflow.Workflow;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * How many requests per second go from registration to a decision with approval, through Gezinsplan's services, beside
 * Camunda on its own running the same models ({@link BareEngine}), in one run. Run it with
 * {@code mvn test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.gezinsplan.benchmark.RouteThroughputBenchmark}.
 * <p>
 * Each route is youth care for a child of twelve in a family of its own: consultant anna registers the request,
 * sends it to research at triage, records the research, updates the plan, records the family's consent, proposes the
 * care and passes "nee, tenzij"; the proposal is approved by bram at the four-eyes check (care of 12,000 euros) or, on
 * every other route, by manager marieke (residential care); anna issues the decision, which grants the care and starts
 * its route and the youth's perspective talk. Each step opens the task as the task page does ({@link Inbox#task})
 * and submits it as its form does, signed in as the user. The bare engine takes the same path with the routing facts
 * as variables. {@value #THREADS} users work at once; {@value #ROUNDS} rounds of {@value #ROUTES} routes alternate
 * between the two after a warm-up of {@value #WARM_UP} each; the median round counts. Before the rounds it prints what
 * one route costs on each side, run one at a time: the transactions that wrote (each a commit PostgreSQL syncs to
 * disk) and the processor time in Java.
 */
public final class RouteThroughputBenchmark {

    private static final int THREADS = 2;
    private static final int ROUTES = 20;
    private static final int ROUNDS = 3;
    private static final int WARM_UP = 6;
    /** Routes run one at a time after the warm-up, for what one costs. */
    private static final int COSTED = 4;
    private static final String CONSULTANT = "anna";
    private static final String REVIEWER = "bram";
    private static final String MANAGER = "marieke";
    private static final String BARE_DATABASE = "bare_engine";

    private RouteThroughputBenchmark() {
    }

    /** One route from registration to decision; {@code index} numbers the routes of a side. */
    private interface Route {
        void run(int index) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("load average before: %s%n", loadAverage());
        // no job executor on either side: no timer is due during a run, and Camunda on its own has none either
        Benchmarks.onFreshDatabase(List.of("--camunda.bpm.job-execution.enabled=false"), context -> {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Gezinsplan ours = new Gezinsplan(context, WARM_UP + COSTED + ROUNDS * ROUTES);
            Cost ourCost = warmUp(jdbc, ours::run);
            HikariDataSource application = context.getBean(HikariDataSource.class);
            jdbc.sql("create database " + BARE_DATABASE).update();
            try (BareEngine engine = new BareEngine(
                    application.getJdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + BARE_DATABASE + "$1"),
                    application.getUsername(), application.getPassword(), ours.reviewCandidates())) {
                Bare bare = new Bare(engine);
                Cost bareCost = warmUp(jdbc, bare::run);
                System.out.printf("%n%s%n  Camunda:    %s%n  Gezinsplan: %s%n", Cost.HEADER, bareCost.describe(),
                        ourCost.describe());
                double[] bareRates = new double[ROUNDS];
                double[] ourRates = new double[ROUNDS];
                System.out.printf("%nroutes per second, %d users at once, %d routes a round%n", THREADS, ROUTES);
                System.out.printf("%-8s %12s %12s %8s%n", "round", "Camunda", "Gezinsplan", "ratio");
                for (int round = 0; round < ROUNDS; round++) {
                    int first = WARM_UP + COSTED + round * ROUTES;
                    bareRates[round] = rate(bare::run, first, ROUTES);
                    ourRates[round] = rate(ours::run, first, ROUTES);
                    System.out.printf("%-8d %12.1f %12.1f %7.2fx%n", round + 1, bareRates[round], ourRates[round],
                            ourRates[round] / bareRates[round]);
                }
                double bareMedian = median(bareRates);
                double ourMedian = median(ourRates);
                System.out.printf("%-8s %12.1f %12.1f %7.2fx  (target at least 0.80x)%n", "median", bareMedian,
                        ourMedian, ourMedian / bareMedian);
            }
        });
        System.out.printf("load average after: %s%n", loadAverage());
    }

    /** Runs routes {@code first} up to {@code first + count} on {@value #THREADS} threads; routes per second. */
    private static double rate(Route route, int first, int count) throws Exception {
        AtomicInteger next = new AtomicInteger(first);
        ExecutorService users = Executors.newFixedThreadPool(THREADS);
        try {
            long start = System.nanoTime();
            List<Future<?>> working = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                working.add(users.submit(() -> {
                    for (int index = next.getAndIncrement(); index < first + count; index = next.getAndIncrement()) {
                        route.run(index);
                    }
                    return null;
                }));
            }
            for (Future<?> user : working) {
                user.get();
            }
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            users.shutdown();
        }
    }

    /** What one route costs: the transactions that wrote, and the Java thread's processor time. */
    private record Cost(double writeTransactions, double cpuMillis) {

        static final String HEADER = "per route, one at a time after the warm-up";

        String describe() {
            return String.format("%.1f write transactions, %.0f ms processor time in Java", writeTransactions,
                    cpuMillis);
        }
    }

    /**
     * Runs the warm-up's routes, then {@value #COSTED} one after the other, counting the transactions that wrote by
     * the transaction ids PostgreSQL handed out meanwhile (one to each transaction that writes, each a commit it syncs
     * to disk; both databases share the counter) and the processor time of the thread that ran them.
     */
    private static Cost warmUp(JdbcClient jdbc, Route route) throws Exception {
        rate(route, 0, WARM_UP);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = transactionId(jdbc);
        long cpu = threads.getCurrentThreadCpuTime();
        for (int index = WARM_UP; index < WARM_UP + COSTED; index++) {
            route.run(index);
        }
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        return new Cost((transactionId(jdbc) - before - 1) / (double) COSTED, cpu / 1e6 / COSTED);
    }

    /** A new transaction id: the next after those handed out so far. */
    private static long transactionId(JdbcClient jdbc) {
        return jdbc.sql("select pg_current_xact_id()::text::bigint").query(Long.class).single();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    /** Every other route needs the manager: residential care; the rest a colleague's four-eyes check. */
    private static boolean needsManager(int index) {
        return index % 2 == 1;
    }

    /** The route through Gezinsplan's services, as the screens call them, signed in as each user. */
    private static final class Gezinsplan {

        private final Requests requests;
        private final RequestRoute route;
        private final Inbox inbox;
        private final Workflow workflow;
        private final Plans plans;
        private final TestCases cases;
        private final HistoryService history;
        private final Map<String, Authentication> signedIn = new HashMap<>();
        private final List<long[]> children = new ArrayList<>();

        /** Registers {@code families} families of anna's, each with a child of twelve, for a route each. */
        Gezinsplan(ConfigurableApplicationContext context, int families) {
            requests = context.getBean(Requests.class);
            route = context.getBean(RequestRoute.class);
            inbox = context.getBean(Inbox.class);
            workflow = context.getBean(Workflow.class);
            plans = context.getBean(Plans.class);
            cases = context.getBean(TestCases.class);
            history = context.getBean(HistoryService.class);
            UserDetailsService users = context.getBean(UserDetailsService.class);
            // each user signed in once, as in a session of their own, and working on from there
            for (String user : List.of(CONSULTANT, REVIEWER, MANAGER)) {
                signedIn.put(user, SignIn.as(users, user));
            }
            TestFamilies testFamilies = context.getBean(TestFamilies.class);
            Families all = context.getBean(Families.class);
            for (int i = 0; i < families; i++) {
                Family family = testFamilies.registeredBy(CONSULTANT, "Doorloop");
                long child = all.addPerson(family.getId(), testFamilies.person("Kim", "Doorloop",
                        LocalDate.now().minusYears(12), FamilyRole.CHILD)).getId();
                children.add(new long[]{family.getId(), child});
            }
            SecurityContextHolder.clearContext();
        }

        void run(int index) {
            long familyId = children.get(index)[0];
            long childId = children.get(index)[1];
            as(CONSULTANT);
            Request request = requests.register(familyId, new RequestDraft(childId, Law.JEUGDWET, Referrer.SELF,
                    Urgency.NORMAL, LocalDate.now(), "Ons kind loopt vast op school"));
            route.triage(open(request), TriageOutcome.RESEARCH, Set.of(), null);
            route.completeResearch(open(request), TestRoutes.findings());
            String planUpdate = open(request);
            plans.save(familyId, planWithAGoal(childId));
            route.completePlanUpdate(planUpdate);
            plans.recordAgreementOnPaper(familyId);
            String proposal = open(request);
            if (needsManager(index)) {
                cases.propose(request, 60_000, 12, true);
            } else {
                cases.propose(request, 12_000, 6, false);
            }
            route.completeProposal(proposal, "Past bij wat het kind nodig heeft");
            route.checkNeeTenzij(open(request), NeeTenzijOutcome.YES, List.of(), null, null);
            as(needsManager(index) ? MANAGER : REVIEWER);
            String approval = open(request);
            inbox.claim(approval);
            workflow.complete(approval, Verdict.approve());
            as(CONSULTANT);
            route.decide(open(request), "Het kind krijgt de hulp die het nodig heeft");
            SecurityContextHolder.clearContext();
        }

        private void as(String user) {
            SecurityContextHolder.getContext().setAuthentication(signedIn.get(user));
        }

        /** The request's open task, opened as the task page does. */
        private String open(Request request) {
            String taskId = route.openTaskOf(request.getId()).orElseThrow().taskId();
            inbox.task(taskId).orElseThrow();
            return taskId;
        }

        private static PlanDraft planWithAGoal(long childId) {
            PlanDraft draft = PlanDraft.empty();
            draft.goals().add(Goal.create(Law.JEUGDWET, childId, "Weer naar school", "Vier dagen per week op school",
                    LocalDate.now().plusMonths(6), GoalStatus.OPEN));
            return draft;
        }

        /** Whom the application offered the youth team's four-eyes reviews to, so Camunda alone offers them too. */
        List<String> reviewCandidates() {
            return history.createHistoricIdentityLinkLogQuery().processDefinitionKey("approval").type("candidate")
                    .list().stream().map(HistoricIdentityLinkLog::getUserId).filter(user -> user != null).distinct()
                    .toList();
        }
    }

    /** The same path straight on Camunda: start, complete with the routing facts, claim, correlate. */
    private static final class Bare {

        private final RuntimeService runtime;
        private final TaskService tasks;
        private final IdentityService identity;

        Bare(BareEngine engine) {
            runtime = engine.engine().getRuntimeService();
            tasks = engine.engine().getTaskService();
            identity = engine.engine().getIdentityService();
        }

        void run(int index) {
            long requestId = index;
            long familyId = 1_000_000L + index;
            LocalDate today = LocalDate.now();
            String businessKey = "request-" + requestId;
            Map<String, Object> facts = new HashMap<>(BareEngine.plannedDates(today));
            facts.putAll(Map.of("requestId", requestId, "familyId", familyId, "personId", 2_000_000L + index,
                    "law", Law.JEUGDWET.name(), "team", Law.JEUGDWET.teamCode(), "referrer", Referrer.SELF.name(),
                    "urgency", Urgency.NORMAL.name(), "requestedOn", today.toString(), "extension", false));
            runtime.startProcessInstanceByKey("request", businessKey, facts);
            complete(businessKey, CONSULTANT, Map.of("triageOutcome", TriageOutcome.RESEARCH.name()));
            complete(businessKey, CONSULTANT, Map.of("applied", true, "appliedOn", today.toString()));
            complete(businessKey, CONSULTANT, Map.of("planAgreed", false));
            runtime.createMessageCorrelation("FamilyAgreedToPlan").processInstanceVariableEquals("familyId", familyId)
                    .correlateAllWithResult();
            boolean residential = needsManager(index);
            complete(businessKey, CONSULTANT, Map.of("costPerYear", residential ? 60_000.0 : 12_000.0,
                    "durationMonths", residential ? 12 : 6, "residential", residential, "proposer", CONSULTANT));
            complete(businessKey, CONSULTANT, Map.of("neeTenzijOutcome", NeeTenzijOutcome.YES.name()));
            String judge = residential ? MANAGER : REVIEWER;
            String approval = taskOf(businessKey);
            identity.setAuthenticatedUserId(judge);
            try {
                tasks.claim(approval, judge);
                tasks.complete(approval, Map.of("approved", true));
            } finally {
                identity.clearAuthentication();
            }
            complete(businessKey, CONSULTANT, Map.of());
        }

        private void complete(String businessKey, String user, Map<String, Object> variables) {
            identity.setAuthenticatedUserId(user);
            try {
                tasks.complete(taskOf(businessKey), variables);
            } finally {
                identity.clearAuthentication();
            }
        }

        private String taskOf(String businessKey) {
            return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
        }
    }
}
