package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The engine tells the application of every change to a user task, once, whoever or whatever made it. */
@IntegrationTest
@RecordApplicationEvents
class WorkflowTaskEventsTest {

    private static final AtomicLong FAMILIES = new AtomicLong(System.nanoTime());

    @Autowired
    ApplicationEvents events;

    @Autowired
    TestTasks testTasks;

    @Autowired
    Inbox inbox;

    @Autowired
    UserDetailsService users;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCreatedTaskIsPublishedOnceWithItsTypeGroupsAndFamily() {
        long familyId = FAMILIES.incrementAndGet();
        String escalation = testTasks.escalation("researchTermExceeded", Law.WMO, familyId, 1L);

        List<TaskChanged> changes = changesOf(escalation);
        assertThat(changes).hasSize(1);
        TaskChanged created = changes.get(0);
        assertThat(created.change()).isEqualTo(TaskChanged.Change.CREATED);
        assertThat(created.taskType()).isEqualTo("researchTermExceeded");
        assertThat(created.assignee()).isNull();
        assertThat(created.candidateGroups()).containsExactly("manager-" + Law.WMO.teamCode());
        assertThat(created.familyId()).isEqualTo(familyId);
    }

    @Test
    void aReviewOfferedToColleaguesByNameHasNoGroups() {
        String review = testTasks.review("anna", Law.JEUGDWET, FAMILIES.incrementAndGet(), 1L);

        // ReviewCandidates offers it to the team's members but the proposer, one by one: who may take it is the
        // engine's candidate query, not a group
        assertThat(changesOf(review)).singleElement()
                .satisfies(created -> assertThat(created.candidateGroups()).isEmpty());
    }

    @Test
    void claimedHandedOverAndCompletedAreEachPublishedOnce() {
        long familyId = FAMILIES.incrementAndGet();
        String review = testTasks.review("anna", Law.JEUGDWET, familyId, 1L);

        SignIn.as(users, "bram");
        inbox.claim(review);
        inbox.handOver(review, "marieke");
        tasks.complete(review, Map.of("approved", true));

        assertThat(changesOf(review)).extracting(TaskChanged::change, TaskChanged::assignee).containsExactly(
                tuple(TaskChanged.Change.CREATED, null),
                tuple(TaskChanged.Change.ASSIGNED, "bram"),
                tuple(TaskChanged.Change.ASSIGNED, "marieke"),
                tuple(TaskChanged.Change.COMPLETED, "marieke"));
        assertThat(changesOf(review)).allSatisfy(change -> assertThat(change.familyId()).isEqualTo(familyId));
    }

    @Test
    void aTaskEndedWithItsRouteIsPublishedAsDeleted() {
        String review = testTasks.review("anna", Law.JEUGDWET, FAMILIES.incrementAndGet(), 1L);

        runtime.deleteProcessInstance(tasks.createTaskQuery().taskId(review).singleResult().getProcessInstanceId(),
                "the family withdrew");

        assertThat(changesOf(review)).extracting(TaskChanged::change)
                .containsExactly(TaskChanged.Change.CREATED, TaskChanged.Change.DELETED);
    }

    private List<TaskChanged> changesOf(String taskId) {
        return events.stream(TaskChanged.class).filter(change -> change.taskId().equals(taskId)).toList();
    }
}
