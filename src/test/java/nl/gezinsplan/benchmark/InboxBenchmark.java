package nl.gezinsplan.benchmark;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.workflow.Inbox;
import nl.gezinsplan.workflow.InboxFilter;
import nl.gezinsplan.workflow.InboxSort;
import nl.gezinsplan.workflow.TeamWork;
import nl.gezinsplan.workflow.TestTasks;
import nl.gezinsplan.workflow.WorkItem;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * How fast the inbox is with thousands of open tasks, on a fresh embedded database with the demo families. Run it
 * with
 * {@code mvn test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.gezinsplan.benchmark.InboxBenchmark};
 * it starts {@value #YOUTH_REVIEWS} four-eyes reviews in the youth team, {@value #WMO_REVIEWS} in the Wmo team and
 * {@value #TALKS} perspective talks, then prints the median, 95th percentile and slowest of 50 runs of each query, in
 * milliseconds.
 */
public final class InboxBenchmark {

    private static final int YOUTH_REVIEWS = 3_000;
    private static final int WMO_REVIEWS = 1_000;
    private static final int TALKS = 1_000;
    private static final int PAGE = 50;

    private InboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // no job executor: the talks' escalation timers would otherwise fire while the queries are timed
        Benchmarks.onFreshDatabase(List.of("--camunda.bpm.job-execution.enabled=false"), context -> {
            Inbox inbox = context.getBean(Inbox.class);
            Families families = context.getBean(Families.class);
            TestTasks testTasks = context.getBean(TestTasks.class);
            UserDetailsService users = context.getBean(UserDetailsService.class);
            List<long[]> members = context.getBean(JdbcClient.class)
                    .sql("select family_id, min(id) from person group by family_id order by family_id")
                    .query((rs, row) -> new long[]{rs.getLong(1), rs.getLong(2)}).list();

            long start = System.nanoTime();
            SignIn.as(users, "bram");
            for (int i = 0; i < YOUTH_REVIEWS; i++) {
                long[] member = members.get(i % members.size());
                String review = testTasks.review("bram", Law.JEUGDWET, member[0], member[1]);
                testTasks.due(review, EngineDates.today().plusDays(i % 60 - 10));
            }
            SignIn.as(users, "carla");
            for (int i = 0; i < WMO_REVIEWS; i++) {
                long[] member = members.get(i % members.size());
                testTasks.review("carla", Law.WMO, member[0], member[1]);
            }
            for (int i = 0; i < TALKS; i++) {
                long[] member = members.get(i % members.size());
                testTasks.perspectiveTalk(member[0], 1_000_000L + i, EngineDates.today().minusYears(17));
            }
            System.out.printf("%nStarted %,d open tasks in %.0f s%n%n", YOUTH_REVIEWS + WMO_REVIEWS + TALKS,
                    (System.nanoTime() - start) / 1e9);

            SignIn.as(users, "anna");
            System.out.printf("anna's inbox: %,d tasks%n%n", inbox.count(InboxFilter.EVERYTHING));
            Benchmarks.header("query (consultant anna unless said)");
            Benchmarks.measure("first page of 50 (most urgent first)", () -> firstPage(inbox, InboxFilter.EVERYTHING));
            Benchmarks.measure("first page of 50 with family and person names",
                    () -> withNames(families, firstPage(inbox, InboxFilter.EVERYTHING)));
            Benchmarks.measure("count (the menu's number)", () -> inbox.count(InboxFilter.EVERYTHING));
            Benchmarks.measure("page 20 (offset 950)",
                    () -> inbox.tasks(InboxFilter.EVERYTHING, InboxSort.DEFAULT, 950, PAGE));
            InboxFilter youth = new InboxFilter(InboxFilter.Scope.ALL, Law.JEUGDWET, null, null);
            Benchmarks.measure("Jeugdwet only, first page and count",
                    () -> firstPage(inbox, youth).size() + inbox.count(youth));
            InboxFilter soon = new InboxFilter(InboxFilter.Scope.ALL, null, null, InboxFilter.Due.WITHIN_7_DAYS);
            Benchmarks.measure("due within 7 days, first page and count",
                    () -> firstPage(inbox, soon).size() + inbox.count(soon));
            Benchmarks.measure("sorted by task name, descending", () -> inbox.tasks(InboxFilter.EVERYTHING,
                    List.of(new InboxSort(InboxSort.Field.NAME, false)), 0, PAGE));

            SignIn.as(users, "marieke");
            Benchmarks.measure("manager marieke: first page with names and count",
                    () -> withNames(families, firstPage(inbox, InboxFilter.EVERYTHING)).size()
                            + inbox.count(InboxFilter.EVERYTHING));

            teamOverview(context.getBean(TeamWork.class), families);
        });
    }

    /** The queries of the team overview of manager marieke, who is signed in. */
    static void teamOverview(TeamWork teamWork, Families families) {
        List<String> youthTeam = teamWork.members("jeugd").stream().map(work -> work.member().username()).toList();
        System.out.printf("%nmarieke's teams: %,d overdue, %,d due within 7 days; %,d members in the youth team, "
                        + "%,d tasks nobody took in it%n%n", teamWork.countDue(InboxFilter.Due.OVERDUE),
                teamWork.countDue(InboxFilter.Due.WITHIN_7_DAYS), youthTeam.size(), teamWork.unassigned("jeugd"));
        Benchmarks.header("team overview (manager marieke)");
        Benchmarks.measure("open tasks per member of the youth team", () -> teamWork.members("jeugd"));
        Benchmarks.measure("the youth team's unassigned tasks", () -> teamWork.unassigned("jeugd"));
        Benchmarks.measure("their first page with names", () -> withNames(families,
                teamWork.unassignedTasks("jeugd", InboxSort.DEFAULT, 0, PAGE)));
        Benchmarks.measure("overdue, first page with names and count", () -> withNames(families,
                teamWork.due(InboxFilter.Due.OVERDUE, InboxSort.DEFAULT, 0, PAGE)).size()
                + teamWork.countDue(InboxFilter.Due.OVERDUE));
        Benchmarks.measure("escalations, first page and count",
                () -> teamWork.escalations(InboxSort.DEFAULT, 0, PAGE).size() + teamWork.countEscalations());
        Benchmarks.measure("families per member of the youth team", () -> families.caseloads(youthTeam));
    }

    private static List<WorkItem> firstPage(Inbox inbox, InboxFilter filter) {
        return inbox.tasks(filter, InboxSort.DEFAULT, 0, PAGE);
    }

    /** As the inbox screen does it: one lookup of the names for the whole page. */
    static List<WorkItem> withNames(Families families, List<WorkItem> page) {
        families.names(page.stream().map(WorkItem::familyId).filter(Objects::nonNull).collect(Collectors.toSet()),
                page.stream().map(WorkItem::personId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return page;
    }
}
