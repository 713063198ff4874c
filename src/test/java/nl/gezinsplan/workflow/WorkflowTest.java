package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
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

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void completesAsTheLoggedInUserSoTheProposerIsRefused() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        SecurityContextHolder.clearContext();
        String approval = testTasks.approvalOf(request, "anna");
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

    private static void logIn(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }
}
