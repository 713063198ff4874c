package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A manager's view of their teams' work on the real engine: counts per member and of what nobody took, terms that
 * passed or near, escalations, and handing a task to another member. Other tests leave tasks behind, so counts are
 * compared before and after this test's own tasks.
 */
@IntegrationTest
class TeamWorkTest {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime());

    @Autowired
    TeamWork teamWork;

    @Autowired
    Inbox inbox;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TaskService taskService;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void countsTheOpenTasksAssignedToEachMemberOfTheTeam() {
        as("marieke");
        long bramsBefore = openTasksOf("jeugd", "bram");
        long annasBefore = openTasksOf("jeugd", "anna");
        String review = testTasks.review("anna", Law.JEUGDWET, IDS.incrementAndGet(), 1L);
        String talk = talk();
        String another = talk();
        testTasks.claimAs("bram", review);
        testTasks.claimAs("bram", talk);
        testTasks.claimAs("anna", another);

        assertThat(openTasksOf("jeugd", "bram")).isEqualTo(bramsBefore + 2);
        assertThat(openTasksOf("jeugd", "anna")).isEqualTo(annasBefore + 1);
        assertThat(teamWork.members("jeugd")).extracting(work -> work.member().username())
                .contains("anna", "bram", "marieke").doesNotContain("carla", "mohamed");
    }

    @Test
    void countsTheTeamsTasksThatNobodyTookButNotThoseOfItsManagers() {
        as("marieke");
        long youthBefore = teamWork.unassigned("jeugd");
        long wmoBefore = teamWork.unassigned("wmo");
        testTasks.review("anna", Law.JEUGDWET, IDS.incrementAndGet(), 1L);
        String talk = talk();
        testTasks.review("carla", Law.WMO, IDS.incrementAndGet(), 1L);
        testTasks.escalation("researchTermExceeded", Law.JEUGDWET, IDS.incrementAndGet(), 1L);
        testTasks.managerApproval("anna", Law.JEUGDWET, IDS.incrementAndGet(), 1L, 60_000);

        assertThat(teamWork.unassigned("jeugd")).as("a review offered by name and a talk offered to the team")
                .isEqualTo(youthBefore + 2);
        assertThat(teamWork.unassigned("wmo")).isEqualTo(wmoBefore + 1);

        testTasks.claimAs("bram", talk);
        assertThat(teamWork.unassigned("jeugd")).isEqualTo(youthBefore + 1);
    }

    @Test
    void listsTheTeamsOverdueTasksAndThoseDueWithinAWeekWhoeverHasThem() {
        LocalDate today = EngineDates.today();
        long familyId = IDS.incrementAndGet();
        String overdue = testTasks.review("anna", Law.JEUGDWET, familyId, 1L);
        String claimedOverdue = talk();
        String soon = testTasks.review("carla", Law.WMO, familyId, 1L);
        String later = talk();
        String participation = testTasks.review("daan", Law.PARTICIPATIEWET, familyId, 1L);
        testTasks.due(overdue, today.minusDays(3));
        testTasks.due(claimedOverdue, today.minusDays(1));
        testTasks.due(soon, today.plusDays(7));
        testTasks.due(later, today.plusDays(8));
        testTasks.due(participation, today.minusDays(2));
        testTasks.claimAs("bram", claimedOverdue);

        as("marieke");
        assertThat(dueIds(InboxFilter.Due.OVERDUE)).contains(overdue, claimedOverdue)
                .doesNotContain(soon, later, participation);
        assertThat(dueIds(InboxFilter.Due.WITHIN_7_DAYS)).contains(soon).doesNotContain(overdue, later);
        List<WorkItem> items = teamWork.due(InboxFilter.Due.OVERDUE, InboxSort.DEFAULT, 0, 10_000);
        assertThat(items).filteredOn(item -> item.taskId().equals(claimedOverdue)).extracting(WorkItem::assignee)
                .containsExactly("bram");
        assertThat(items).filteredOn(item -> item.taskId().equals(overdue))
                .extracting(WorkItem::familyId, WorkItem::law).containsExactly(tuple(familyId, Law.JEUGDWET));

        as("mohamed");
        assertThat(dueIds(InboxFilter.Due.OVERDUE)).contains(participation).doesNotContain(overdue, claimedOverdue);

        for (String manager : List.of("marieke", "mohamed")) {
            as(manager);
            for (InboxFilter.Due due : InboxFilter.Due.values()) {
                assertThat(dueIds(due)).as("%s, %s: the engine's own answer", manager, due)
                        .containsExactlyInAnyOrderElementsOf(theEnginesDueIds(due));
            }
        }
    }

    @Test
    void listsTheEscalationsWaitingForTheManagersOfTheTeamLongestWaitingFirst() {
        String youth = testTasks.escalation("researchTermExceeded", Law.JEUGDWET, IDS.incrementAndGet(), 1L);
        String wmo = testTasks.escalation("decisionTermExceeded", Law.WMO, IDS.incrementAndGet(), 1L);
        String participation = testTasks.escalation("decisionTermExceeded", Law.PARTICIPATIEWET,
                IDS.incrementAndGet(), 1L);
        String approval = testTasks.managerApproval("anna", Law.JEUGDWET, IDS.incrementAndGet(), 1L, 60_000);
        testTasks.claimAs("marieke", wmo);

        as("marieke");
        List<WorkItem> escalations = escalations();
        assertThat(escalations).extracting(WorkItem::taskId).contains(youth, wmo)
                .doesNotContain(participation, approval);
        assertThat(escalations).extracting(WorkItem::created).isSorted();
        assertThat(escalations).filteredOn(item -> item.taskId().equals(wmo)).extracting(WorkItem::assignee)
                .containsExactly("marieke");

        as("mohamed");
        assertThat(escalations()).extracting(WorkItem::taskId).contains(participation).doesNotContain(youth, wmo);
        assertThat(inbox.taskTypes()).extracting(TaskType::key).containsAll(ModelIds.ESCALATIONS);
    }

    @Test
    void offersATaskToTheMembersWhoMayDoItButNotToWhoeverHasIt() {
        String review = testTasks.review("anna", Law.JEUGDWET, IDS.incrementAndGet(), 1L);
        String escalation = testTasks.escalation("decisionTermExceeded", Law.JEUGDWET, IDS.incrementAndGet(), 1L);
        testTasks.claimAs("bram", review);
        as("marieke");

        assertThat(teamWork.membersFor(review)).extracting(DirectoryUser::username)
                .contains("marieke").doesNotContain("anna", "bram", "carla", "daan");
        assertThat(teamWork.membersFor(escalation)).extracting(DirectoryUser::username)
                .containsExactly("marieke");
    }

    @Test
    void aManagerHandsATaskOfTheirTeamToAnotherMemberEvenWhenAMemberHasIt() {
        String talk = talk();
        String review = testTasks.review("anna", Law.JEUGDWET, IDS.incrementAndGet(), 1L);
        testTasks.claimAs("bram", review);
        as("marieke");

        teamWork.reassign(talk, null, "anna");
        assertThat(testTasks.assigneeOf(talk)).isEqualTo("anna");
        teamWork.reassign(talk, "anna", "bram");
        assertThat(testTasks.assigneeOf(talk)).isEqualTo("bram");
        teamWork.reassign(review, "bram", "marieke");
        assertThat(testTasks.assigneeOf(review)).isEqualTo("marieke");
    }

    @Test
    void refusesToHandATaskToWhoeverMayNotDoIt() {
        String review = testTasks.review("anna", Law.JEUGDWET, IDS.incrementAndGet(), 1L);
        as("marieke");

        assertThatThrownBy(() -> teamWork.reassign(review, null, "anna")).as("the proposer")
                .isInstanceOf(WorkRefused.class);
        assertThatThrownBy(() -> teamWork.reassign(review, null, "carla")).as("another of her teams")
                .isInstanceOf(WorkRefused.class);
        assertThatThrownBy(() -> teamWork.reassign(review, null, "daan")).as("not in her teams")
                .isInstanceOf(WorkRefused.class);
        assertThat(testTasks.assigneeOf(review)).isNull();

        as("mohamed");
        assertThatThrownBy(() -> teamWork.reassign(review, null, "daan")).as("not his team's task")
                .isInstanceOf(WorkRefused.class);
        as("bram");
        assertThatThrownBy(() -> teamWork.reassign(review, null, "bram")).as("a consultant")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> teamWork.unassigned("jeugd")).isInstanceOf(AccessDeniedException.class);
        as("mohamed");
        assertThatThrownBy(() -> teamWork.members("jeugd")).isInstanceOf(AccessDeniedException.class);
        assertThat(testTasks.assigneeOf(review)).isNull();
    }

    @Test
    void aMemberWhoTookTheTaskMeanwhileOrCompletedItIsNotOverruledUnseen() {
        String talk = talk();
        String review = testTasks.review("anna", Law.JEUGDWET, IDS.incrementAndGet(), 1L);
        testTasks.claimAs("anna", talk);
        testTasks.approveAs("bram", review);
        as("marieke");

        assertThatThrownBy(() -> teamWork.reassign(talk, null, "bram")).isInstanceOf(TaskAlreadyClaimed.class)
                .extracting(refusal -> ((TaskAlreadyClaimed) refusal).assignee()).isEqualTo("anna");
        assertThatThrownBy(() -> teamWork.reassign(review, null, "marieke")).isInstanceOf(TaskGone.class);
        assertThat(testTasks.assigneeOf(talk)).isEqualTo("anna");
    }

    private long openTasksOf(String team, String member) {
        return teamWork.members(team).stream().filter(work -> work.member().username().equals(member))
                .findFirst().orElseThrow().openTasks();
    }

    private List<String> dueIds(InboxFilter.Due due) {
        List<WorkItem> items = teamWork.due(due, InboxSort.DEFAULT, 0, (int) teamWork.countDue(due));
        assertThat(items).as("count and page agree").hasSize((int) teamWork.countDue(due));
        return items.stream().map(WorkItem::taskId).toList();
    }

    /**
     * The work due of the signed-in manager's teams as the engine's own task query finds it: a route whose team
     * variable names one of them or, with the youth team, a route of youth care.
     */
    private List<String> theEnginesDueIds(InboxFilter.Due due) {
        Set<String> teams = currentUser.require().teamCodes();
        TaskQuery anyOfTheTeams = taskService.createTaskQuery().or();
        teams.forEach(team -> anyOfTheTeams.processVariableValueEquals(TeamWork.ROUTE_TEAM, team));
        if (teams.contains(Law.JEUGDWET.teamCode())) {
            anyOfTheTeams.processDefinitionKeyIn(ModelIds.YOUTH_CARE_ROUTES.toArray(String[]::new));
        }
        TaskQuery query = anyOfTheTeams.endOr();
        InboxQuery.DueDates dates = InboxQuery.DueDates.of(due);
        query.dueBefore(dates.before());
        if (dates.after() != null) {
            query.dueAfter(dates.after());
        }
        return query.list().stream().map(Task::getId).toList();
    }

    private List<WorkItem> escalations() {
        int count = (int) teamWork.countEscalations();
        List<WorkItem> items = teamWork.escalations(List.of(new InboxSort(InboxSort.Field.CREATED, true)), 0, count);
        assertThat(items).as("count and page agree").hasSize(count);
        return items;
    }

    /** A perspective talk, offered to the youth team; each for another youth. */
    private String talk() {
        return testTasks.perspectiveTalk(IDS.incrementAndGet(), IDS.incrementAndGet(),
                EngineDates.today().minusYears(17));
    }

    private void as(String user) {
        SignIn.as(users, user);
    }
}
