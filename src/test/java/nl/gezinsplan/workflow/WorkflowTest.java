package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.ApprovalLevel;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestStatus;
import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.TestCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The application's interface to the engine, with the approval process as its example (listing: {@link InboxTest}). */
@IntegrationTest
class WorkflowTest {

    @Autowired
    Workflow workflow;

    @Autowired
    Inbox inbox;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TestCases cases;

    @Autowired
    Requests requests;

    @Autowired
    RequestSteps steps;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void completesAsTheLoggedInUserSoTheProposerIsRefused() {
        Request proposal = cases.proposalBy("anna", Law.JEUGDWET, 12_000, false);
        SecurityContextHolder.clearContext();
        String approval = testTasks.approvalOf(proposal, 12_000, false);
        String review = testTasks.taskOf(approval);
        testTasks.claimAs("bram", review);

        logIn("anna");
        assertThatThrownBy(() -> workflow.complete(review, Verdict.approve()))
                .isInstanceOf(WorkRefused.class);
        assertThatThrownBy(() -> inbox.claim(review)).isInstanceOf(TaskAlreadyClaimed.class);

        logIn("bram");
        workflow.complete(review, Verdict.reject("Eerst het netwerk vragen"));
        logIn("anna");
        assertThat(inbox.tasks(InboxFilter.EVERYTHING, InboxSort.DEFAULT, 0, (int) inbox.count(InboxFilter.EVERYTHING)))
                .as("back to the proposer").anyMatch(task -> task.processInstanceId().equals(approval)
                        && task.taskKey().equals("reviseProposal") && "anna".equals(task.assignee()));
    }

    @Test
    void recordsTheVerdictWithItsReasonOnceInTheCompletion() {
        Request proposal = cases.proposalBy("anna", Law.JEUGDWET, 12_000, false);
        SecurityContextHolder.clearContext();
        String review = testTasks.taskOf(testTasks.approvalOf(proposal, 12_000, false));
        testTasks.claimAs("bram", review);

        logIn("bram");
        workflow.complete(review, Verdict.reject("Eerst het netwerk vragen"));

        logIn("anna");
        assertThat(requests.verdictsOf(proposal.getId())).singleElement().satisfies(verdict -> {
            assertThat(verdict.decidedBy()).isEqualTo("bram");
            assertThat(verdict.level()).isEqualTo(ApprovalLevel.FOUR_EYES);
            assertThat(verdict.approved()).isFalse();
            assertThat(verdict.reason()).isEqualTo("Eerst het netwerk vragen");
        });
    }

    @Test
    void aRefusedVerdictLeavesTheTaskOpen() {
        Request proposal = cases.proposalBy("anna", Law.JEUGDWET, 12_000, false);
        steps.closeWithout(proposal.getId(), RequestStatus.WITHDRAWN);
        SecurityContextHolder.clearContext();
        String review = testTasks.taskOf(testTasks.approvalOf(proposal, 12_000, false));
        testTasks.claimAs("bram", review);

        logIn("bram");
        assertThatThrownBy(() -> workflow.complete(review, Verdict.approve()))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.closed");

        assertThat(testTasks.assigneeOf(review)).as("still open").isEqualTo("bram");
        logIn("anna");
        assertThat(requests.verdictsOf(proposal.getId())).isEmpty();
    }

    private static void logIn(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }
}
