package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.ApplicationChannel;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.TriageOutcome;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The inbox's queries and actions on the real engine: what each user sees, in which order, and who may do what. */
@IntegrationTest
class InboxTest {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime());

    @Autowired
    Inbox inbox;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TestCases cases;

    @Autowired
    RequestRoute route;

    @Autowired
    Requests requests;

    @Autowired
    UserDetailsService users;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService engine;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void listsTheTasksOpenToTheUsersTeamsWithTheirRoutingFacts() {
        long familyId = IDS.incrementAndGet();
        String review = testTasks.review("anna", Law.JEUGDWET, familyId, 7L);

        WorkItem item = itemOf("bram", InboxFilter.EVERYTHING, review);
        assertThat(item.taskKey()).isEqualTo("reviewProposal");
        assertThat(item.formKey()).as("the form the model names").isEqualTo("review");
        assertThat(item.name()).isEqualTo("Vier-ogencontrole");
        assertThat(item.familyId()).isEqualTo(familyId);
        assertThat(item.personId()).isEqualTo(7L);
        assertThat(item.law()).isEqualTo(Law.JEUGDWET);
        assertThat(item.costPerYear()).isEqualTo(12_000.0);
        assertThat(item.created()).isNotNull();
        assertThat(item.assignee()).isNull();
        assertThat(idsOf("carla", InboxFilter.EVERYTHING)).as("another team").doesNotContain(review);
    }

    @Test
    void theProposerNeverSeesTheirOwnProposalToReviewAndCountsAgree() {
        String review = testTasks.review("anna", Law.JEUGDWET, IDS.incrementAndGet(), 1L);

        for (InboxFilter.Scope scope : InboxFilter.Scope.values()) {
            InboxFilter filter = new InboxFilter(scope, null, null, null);
            assertThat(idsOf("anna", filter)).as("anna, " + scope).doesNotContain(review);
            assertThat(idsOf("anna", filter)).as("count and pages agree").hasSize((int) countOf("anna", filter));
        }
        assertThat(idsOf("bram", InboxFilter.EVERYTHING)).contains(review);
        assertThat(idsOf("marieke", InboxFilter.EVERYTHING)).as("the team's manager is a team member").contains(review);
    }

    @Test
    void filtersByLawAlsoOnRoutesThatAreYouthCareByNature() {
        long familyId = IDS.incrementAndGet();
        String youthReview = testTasks.review("anna", Law.JEUGDWET, familyId, 1L);
        String wmoReview = testTasks.review("carla", Law.WMO, familyId, 2L);
        String talk = testTasks.perspectiveTalk(familyId, IDS.incrementAndGet(), EngineDates.today().minusYears(17));

        List<String> youth = idsOf("marieke", new InboxFilter(InboxFilter.Scope.ALL, Law.JEUGDWET, null, null));
        List<String> wmo = idsOf("marieke", new InboxFilter(InboxFilter.Scope.ALL, Law.WMO, null, null));

        assertThat(youth).contains(youthReview, talk).doesNotContain(wmoReview);
        assertThat(wmo).contains(wmoReview).doesNotContain(youthReview, talk);
        assertThat(itemOf("marieke", InboxFilter.EVERYTHING, talk).law()).isEqualTo(Law.JEUGDWET);
    }

    @Test
    void filtersByTaskTypeAndByWhoseTaskItIs() {
        long familyId = IDS.incrementAndGet();
        String review = testTasks.review("anna", Law.JEUGDWET, familyId, 1L);
        String talk = testTasks.perspectiveTalk(familyId, IDS.incrementAndGet(), EngineDates.today().minusYears(17));
        as("bram");
        inbox.claim(talk);

        assertThat(idsOf("bram", new InboxFilter(InboxFilter.Scope.ALL, null, "reviewProposal", null)))
                .contains(review).doesNotContain(talk);
        assertThat(idsOf("bram", new InboxFilter(InboxFilter.Scope.ASSIGNED_TO_ME, null, null, null)))
                .contains(talk).doesNotContain(review);
        assertThat(idsOf("bram", new InboxFilter(InboxFilter.Scope.OPEN_IN_MY_TEAMS, null, null, null)))
                .contains(review).doesNotContain(talk);
        assertThat(idsOf("anna", InboxFilter.EVERYTHING)).as("claimed by a colleague").doesNotContain(talk);
        assertThat(inbox.taskTypes()).extracting(TaskType::key)
                .contains("reviewProposal", "approveByManager", "triage", "holdPerspectiveTalk");
    }

    @Test
    void filtersTasksDueWithinAWeekAndOverdueTasks() {
        LocalDate today = EngineDates.today();
        long familyId = IDS.incrementAndGet();
        String dueToday = testTasks.review("anna", Law.JEUGDWET, familyId, 1L);
        String dueInAWeek = testTasks.review("anna", Law.JEUGDWET, familyId, 1L);
        String dueLater = testTasks.review("anna", Law.JEUGDWET, familyId, 1L);
        String overdue = testTasks.review("anna", Law.JEUGDWET, familyId, 1L);
        String noDueDate = testTasks.review("anna", Law.JEUGDWET, familyId, 1L);
        testTasks.due(dueToday, today);
        testTasks.due(dueInAWeek, today.plusDays(7));
        testTasks.due(dueLater, today.plusDays(8));
        testTasks.due(overdue, today.minusDays(1));

        assertThat(idsOf("bram", new InboxFilter(InboxFilter.Scope.ALL, null, null, InboxFilter.Due.WITHIN_7_DAYS)))
                .contains(dueToday, dueInAWeek).doesNotContain(dueLater, overdue, noDueDate);
        assertThat(idsOf("bram", new InboxFilter(InboxFilter.Scope.ALL, null, null, InboxFilter.Due.OVERDUE)))
                .contains(overdue).doesNotContain(dueToday, dueInAWeek, dueLater, noDueDate);
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeatsAcrossTakenAndOpenTasks() {
        LocalDate today = EngineDates.today();
        long familyId = IDS.incrementAndGet();
        List<String> mine = new ArrayList<>();
        for (int days = 5; days > 0; days--) {
            String review = testTasks.review("bram", Law.WMO, familyId, 1L);
            testTasks.due(review, today.plusDays(days));
            mine.add(0, review);
        }
        InboxFilter filter = new InboxFilter(InboxFilter.Scope.ALL, Law.WMO, "reviewProposal", null);
        as("carla");
        // her own tasks and the open ones are asked apart and merged: every page must hold both in one order
        inbox.claim(mine.get(1));
        inbox.claim(mine.get(3));

        List<String> paged = new ArrayList<>();
        List<InboxSort> dueFirst = List.of(new InboxSort(InboxSort.Field.DUE, true));
        for (int offset = 0; offset < inbox.count(filter); offset += 2) {
            inbox.tasks(filter, dueFirst, offset, 2).forEach(item -> paged.add(item.taskId()));
        }

        assertThat(paged).doesNotHaveDuplicates().hasSize((int) inbox.count(filter));
        assertThat(paged.stream().filter(mine::contains).toList()).as("soonest due first").containsExactlyElementsOf(mine);
        List<String> latestFirst = inbox.tasks(filter, List.of(new InboxSort(InboxSort.Field.DUE, false)), 0,
                (int) inbox.count(filter)).stream().map(WorkItem::taskId).filter(mine::contains).toList();
        List<String> mineLatestFirst = new ArrayList<>(mine);
        Collections.reverse(mineLatestFirst);
        assertThat(latestFirst).containsExactlyElementsOf(mineLatestFirst);
    }

    @Test
    void aReviewOnTheRequestRouteShowsTheRequestsFactsAndTerm() {
        long familyId = IDS.incrementAndGet();
        LocalDate researchDue = EngineDates.today().plusWeeks(3);
        String review = testTasks.reviewOfARequest("anna", Law.WMO, familyId, 3L, researchDue);

        WorkItem item = itemOf("carla", InboxFilter.EVERYTHING, review);

        assertThat(item.familyId()).isEqualTo(familyId);
        assertThat(item.law()).isEqualTo(Law.WMO);
        assertThat(item.statutoryTerm()).isEqualTo(EngineDates.startOf(researchDue).toInstant());
    }

    @Test
    void aWmoRequestShowsTheResearchTermUntilTheApplicationThenTheDecisionTermFromIt() {
        LocalDate requestedOn = EngineDates.today().minusDays(10);
        LocalDate appliedOn = EngineDates.today().minusDays(1);
        as("carla");
        Request request = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, requestedOn);
        route.triage(route.openTaskOf(request.getId()).orElseThrow().taskId(), TriageOutcome.RESEARCH, Set.of(), null);
        String research = route.openTaskOf(request.getId()).orElseThrow().taskId();
        assertThat(itemOf("carla", InboxFilter.EVERYTHING, research).statutoryTerm())
                .isEqualTo(EngineDates.startOf(requestedOn.plusWeeks(6)).toInstant());

        route.completeResearch(research, TestRoutes.findings());
        requests.apply(request.getId(), appliedOn, ApplicationChannel.PAPER);

        String planUpdate = route.openTaskOf(request.getId()).orElseThrow().taskId();
        assertThat(itemOf("carla", InboxFilter.EVERYTHING, planUpdate).statutoryTerm())
                .isEqualTo(EngineDates.startOf(appliedOn.plusWeeks(2)).toInstant());
    }

    @Test
    void claimingAndGivingBack() {
        String review = testTasks.review("anna", Law.JEUGDWET, IDS.incrementAndGet(), 1L);
        as("bram");

        inbox.claim(review);
        assertThat(testTasks.assigneeOf(review)).isEqualTo("bram");
        assertThat(idsOf("bram", new InboxFilter(InboxFilter.Scope.ASSIGNED_TO_ME, null, null, null))).contains(review);

        inbox.unclaim(review);
        assertThat(testTasks.assigneeOf(review)).isNull();
    }

    /**
     * Two claims at the same moment, as on two nodes of a cluster: both find the task open, and both wait for a lock
     * the test holds on its row; then one gets it and the other hears who has it.
     */
    @Test
    void ofTwoClaimsAtTheSameMomentOneGetsTheTaskAndTheOtherHearsWhoHasIt() throws Exception {
        String review = testTasks.review("anna", Law.JEUGDWET, IDS.incrementAndGet(), 1L);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute("select 1 from act_ru_task where id_ = '" + review + "' for update");
            }
            List<Future<String>> outcomes = List.of(both.submit(() -> claimAs("bram", review)),
                    both.submit(() -> claimAs("marieke", review)));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'").query(Long.class)
                    .single() < 2) {
                assertThat(System.nanoTime()).as("both claims wait for the task's row").isLessThan(deadline);
                Thread.sleep(20);
            }
            holder.commit();

            List<String> heard = List.of(outcomes.get(0).get(), outcomes.get(1).get());
            String winner = testTasks.assigneeOf(review);
            assertThat(winner).isIn("bram", "marieke");
            assertThat(heard).containsExactlyInAnyOrder("claimed", "taken by " + winner);
        } finally {
            both.shutdownNow();
        }
    }

    private String claimAs(String username, String taskId) {
        try {
            as(username);
            inbox.claim(taskId);
            return "claimed";
        } catch (TaskAlreadyClaimed taken) {
            return "taken by " + taken.assignee();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aTaskAColleagueTookOrFinishedFirstIsRefusedClearly() {
        String claimed = testTasks.review("anna", Law.JEUGDWET, IDS.incrementAndGet(), 1L);
        String approved = testTasks.review("anna", Law.JEUGDWET, IDS.incrementAndGet(), 1L);
        testTasks.claimAs("bram", claimed);
        testTasks.approveAs("bram", approved);
        as("marieke");

        assertThatThrownBy(() -> inbox.claim(claimed)).isInstanceOf(TaskAlreadyClaimed.class)
                .extracting(refusal -> ((TaskAlreadyClaimed) refusal).assignee()).isEqualTo("bram");
        assertThatThrownBy(() -> inbox.unclaim(claimed)).isInstanceOf(TaskAlreadyClaimed.class);
        assertThatThrownBy(() -> inbox.claim(approved)).isInstanceOf(TaskGone.class);
        assertThatThrownBy(() -> inbox.followUpOn(approved, LocalDate.now())).isInstanceOf(TaskGone.class);
        assertThat(testTasks.assigneeOf(claimed)).isEqualTo("bram");
    }

    @Test
    void nobodyClaimsATaskThatIsNotOpenToThem() {
        String review = testTasks.review("anna", Law.JEUGDWET, IDS.incrementAndGet(), 1L);

        as("carla");
        assertThatThrownBy(() -> inbox.claim(review)).isInstanceOf(WorkRefused.class);
        as("anna");
        assertThatThrownBy(() -> inbox.claim(review)).as("the proposer").isInstanceOf(WorkRefused.class);
        assertThat(testTasks.assigneeOf(review)).isNull();
    }

    @Test
    void handsATaskOverOnlyToAColleagueItIsOpenTo() {
        String review = testTasks.review("anna", Law.JEUGDWET, IDS.incrementAndGet(), 1L);
        as("marieke");

        assertThat(inbox.colleaguesFor(review)).extracting(DirectoryUser::username)
                .contains("bram").doesNotContain("anna", "marieke", "carla");
        assertThatThrownBy(() -> inbox.handOver(review, "anna")).as("the proposer").isInstanceOf(WorkRefused.class);
        assertThatThrownBy(() -> inbox.handOver(review, "carla")).as("another team").isInstanceOf(WorkRefused.class);

        inbox.handOver(review, "bram");
        assertThat(testTasks.assigneeOf(review)).isEqualTo("bram");
        assertThatThrownBy(() -> inbox.handOver(review, "marieke")).as("bram has it now")
                .isInstanceOf(TaskAlreadyClaimed.class);

        as("bram");
        inbox.handOver(review, "marieke");
        assertThat(testTasks.assigneeOf(review)).isEqualTo("marieke");
    }

    /**
     * The inbox finds the tasks nobody took through {@code open_task_candidate}, which triggers keep with the
     * engine's tables: a task's candidates leave when it is taken and return when it is given back, a candidate the
     * engine adds or removes later follows, and a task done takes its candidates with it. At each step every user's
     * open tasks are the engine's own answer.
     */
    @Test
    void theOpenTasksFollowTheEngineThroughTakingGivingBackNewCandidatesAndCompletion() {
        String review = testTasks.review("anna", Law.JEUGDWET, IDS.incrementAndGet(), 1L);
        assertThat(candidatesOf(review)).containsExactlyInAnyOrderElementsOf(engineCandidatesOf(review)).isNotEmpty();
        everyUsersOpenTasksAreTheEngines();

        testTasks.claimAs("bram", review);
        assertThat(candidatesOf(review)).isEmpty();
        everyUsersOpenTasksAreTheEngines();

        as("bram");
        inbox.unclaim(review);
        assertThat(candidatesOf(review)).containsExactlyInAnyOrderElementsOf(engineCandidatesOf(review));

        engine.addCandidateGroup(review, "wmo");
        engine.deleteCandidateUser(review, "bram");
        assertThat(candidatesOf(review)).containsExactlyInAnyOrderElementsOf(engineCandidatesOf(review))
                .contains("group wmo").doesNotContain("user bram");
        assertThat(idsOf("carla", InboxFilter.EVERYTHING)).as("wmo").contains(review);
        assertThat(idsOf("bram", InboxFilter.EVERYTHING)).doesNotContain(review);
        everyUsersOpenTasksAreTheEngines();

        testTasks.approveAs("marieke", review);
        assertThat(candidatesOf(review)).isEmpty();
        everyUsersOpenTasksAreTheEngines();
        keptByTheTriggersIsAsMadeAnewFromTheEngine();
    }

    /**
     * In one transaction that sees one moment of the database and is rolled back: the candidates as the triggers
     * kept them, and as made anew from the engine's tables (as when the triggers came).
     */
    private void keptByTheTriggersIsAsMadeAnewFromTheEngine() {
        TransactionTemplate oneMoment = new TransactionTemplate(transactions);
        oneMoment.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        oneMoment.executeWithoutResult(status -> {
            status.setRollbackOnly();
            List<String> kept = allCandidates();
            jdbc.sql("select open_task_candidate_rebuild()").query().singleRow();
            assertThat(kept).isNotEmpty().containsExactlyInAnyOrderElementsOf(allCandidates());
        });
    }

    private List<String> allCandidates() {
        return jdbc.sql("select concat_ws(' ', link_id, task_id, group_id, user_id) from open_task_candidate")
                .query(String.class).list();
    }

    private List<String> candidatesOf(String taskId) {
        return jdbc.sql("""
                select coalesce('group ' || group_id, 'user ' || user_id) from open_task_candidate
                where task_id = ?""").param(taskId).query(String.class).list();
    }

    private List<String> engineCandidatesOf(String taskId) {
        return engine.getIdentityLinksForTask(taskId).stream().filter(link -> link.getType().equals("candidate"))
                .map(link -> link.getGroupId() != null ? "group " + link.getGroupId() : "user " + link.getUserId())
                .toList();
    }

    private void everyUsersOpenTasksAreTheEngines() {
        InboxFilter open = new InboxFilter(InboxFilter.Scope.OPEN_IN_MY_TEAMS, null, null, null);
        for (String user : List.of("anna", "bram", "carla", "daan", "marieke", "mohamed", "petra")) {
            assertThat(idsOf(user, open)).as(user).containsExactlyInAnyOrderElementsOf(engine.createTaskQuery()
                    .taskCandidateUser(user).list().stream().map(Task::getId).toList());
        }
    }

    @Test
    void setsAndClearsTheFollowUpDate() {
        String review = testTasks.review("anna", Law.JEUGDWET, IDS.incrementAndGet(), 1L);
        LocalDate nextWeek = EngineDates.today().plusWeeks(1);
        as("bram");

        inbox.followUpOn(review, nextWeek);
        assertThat(testTasks.followUpOf(review)).isEqualTo(EngineDates.startOf(nextWeek));
        assertThat(itemOf("bram", InboxFilter.EVERYTHING, review).followUp())
                .isEqualTo(EngineDates.startOf(nextWeek).toInstant());

        inbox.followUpOn(review, null);
        assertThat(testTasks.followUpOf(review)).isNull();
    }

    private WorkItem itemOf(String user, InboxFilter filter, String taskId) {
        return itemsOf(user, filter).stream().filter(item -> item.taskId().equals(taskId)).findFirst().orElseThrow();
    }

    private List<String> idsOf(String user, InboxFilter filter) {
        return itemsOf(user, filter).stream().map(WorkItem::taskId).toList();
    }

    private List<WorkItem> itemsOf(String user, InboxFilter filter) {
        as(user);
        return inbox.tasks(filter, InboxSort.DEFAULT, 0, (int) inbox.count(filter));
    }

    private long countOf(String user, InboxFilter filter) {
        as(user);
        return inbox.count(filter);
    }

    private void as(String user) {
        SignIn.as(users, user);
    }
}
