package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.base.Law;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The application's interface to the engine, with the approval process as its example (listing: {@link InboxTest}). */
@IntegrationTest
class WorkflowTest {

    private static final AtomicLong FAMILY_IDS = new AtomicLong(System.nanoTime());

    @Autowired
    Workflow workflow;

    @Autowired
    Inbox inbox;

    @Autowired
    TestTasks testTasks;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void completesAsTheLoggedInUserSoTheProposerIsRefused() {
        String review = testTasks.review("anna", Law.JEUGDWET, FAMILY_IDS.incrementAndGet(), 7L);
        String approval = testTasks.processOf(review);
        testTasks.claimAs("bram", review);

        logIn("anna");
        assertThatThrownBy(() -> workflow.complete(review, Verdict.approve()))
                .isInstanceOf(WorkRefused.class)
                .hasMessageContaining("four-eyes");
        assertThatThrownBy(() -> inbox.claim(review)).isInstanceOf(TaskAlreadyClaimed.class);

        logIn("bram");
        workflow.complete(review, Verdict.reject("Eerst het netwerk vragen"));
        logIn("anna");
        List<WorkItem> annasTasks = inbox.tasks(InboxFilter.EVERYTHING, InboxSort.DEFAULT, 0,
                (int) inbox.count(InboxFilter.EVERYTHING));
        assertThat(annasTasks).as("back to the proposer").anyMatch(task -> task.processInstanceId().equals(approval)
                && task.taskKey().equals("reviseProposal") && "anna".equals(task.assignee()));
    }

    private static void logIn(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }
}
