package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.time.LocalDate;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The application's interface to the engine, with the approval process as its example. */
@IntegrationTest
class WorkflowTest {

    @Autowired
    Workflow workflow;

    @Autowired
    TestCases cases;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void listsTheTasksOpenToAUsersTeamWithTheirFamilyAndPerson() {
        ApprovalRequest request = fourEyesRequest();
        String approval = workflow.startApproval(request);

        WorkItem review = reviewOf(approval, "bram");
        assertThat(review.taskKey()).isEqualTo("reviewProposal");
        assertThat(review.name()).isEqualTo("Vier-ogencontrole");
        assertThat(review.familyId()).isEqualTo(request.familyId());
        assertThat(review.personId()).isEqualTo(request.personId());
        assertThat(review.created()).isNotNull();
        assertThat(review.assignee()).isNull();
        assertThat(workflow.countTasksFor("bram")).isGreaterThanOrEqualTo(1);
        assertThat(allTasksOf("carla")).as("another team").noneMatch(task -> task.processInstanceId().equals(approval));
    }

    @Test
    void claimingATaskSomeoneElseClaimedIsRefusedClearly() {
        String approval = workflow.startApproval(fourEyesRequest());
        WorkItem review = reviewOf(approval, "bram");

        workflow.claim(review.taskId(), "bram");

        assertThatThrownBy(() -> workflow.claim(review.taskId(), "marieke"))
                .isInstanceOf(TaskAlreadyClaimed.class)
                .hasMessageContaining("bram");
        assertThat(reviewOf(approval, "bram").assignee()).isEqualTo("bram");
    }

    @Test
    void completesAsTheLoggedInUserSoTheProposerIsRefused() {
        String approval = workflow.startApproval(fourEyesRequest());
        WorkItem review = reviewOf(approval, "bram");
        workflow.claim(review.taskId(), "bram");

        logIn("anna");
        assertThatThrownBy(() -> workflow.complete(review.taskId(), Verdict.approve()))
                .isInstanceOf(WorkRefused.class);
        assertThatThrownBy(() -> workflow.claim(review.taskId(), "anna")).isInstanceOf(TaskAlreadyClaimed.class);

        logIn("bram");
        workflow.complete(review.taskId(), Verdict.reject("Eerst het netwerk vragen"));
        assertThat(allTasksOf("anna")).as("back to the proposer")
                .anyMatch(task -> task.processInstanceId().equals(approval) && task.taskKey().equals("reviseProposal"));
    }

    @Test
    void anUnclaimedTaskReturnsToTheTeam() {
        String approval = workflow.startApproval(fourEyesRequest());
        WorkItem review = reviewOf(approval, "bram");
        workflow.claim(review.taskId(), "bram");

        workflow.unclaim(review.taskId());

        assertThat(reviewOf(approval, "bram").assignee()).isNull();
    }

    private ApprovalRequest fourEyesRequest() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        SecurityContextHolder.clearContext();
        return new ApprovalRequest("anna", "jeugd", Law.JEUGDWET, 12_000, 6, false, false, request.getFamilyId(),
                request.getPersonId(), request.getId());
    }

    private WorkItem reviewOf(String approval, String user) {
        return allTasksOf(user).stream().filter(task -> task.processInstanceId().equals(approval)).findFirst()
                .orElseThrow();
    }

    private List<WorkItem> allTasksOf(String user) {
        return workflow.tasksFor(user, 0, (int) workflow.countTasksFor(user));
    }

    private static void logIn(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }
}
