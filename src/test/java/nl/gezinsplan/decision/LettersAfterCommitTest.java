package nl.gezinsplan.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestClosed;
import nl.gezinsplan.casework.RequestStatus;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Modules react to each other's events after commit (base.AfterCommit): the decision letter is not rendered in the
 * transaction that closes the request, a failing reaction does not undo the closing, and an event offered again does
 * not make a second letter.
 */
@IntegrationTest
class LettersAfterCommitTest {

    @Autowired
    TestLetters testLetters;

    @Autowired
    TestRoutes routes;

    @Autowired
    RequestRoute route;

    @Autowired
    Requests requests;

    @Autowired
    DecisionLetters letters;

    @Autowired
    RefusingReaction refusingReaction;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void reset() {
        refusingReaction.failing(false);
        incomplete.resubmitIncompletePublications(publication -> true);
        SecurityContextHolder.clearContext();
    }

    @Test
    void theLetterIsWrittenOnlyOnceTheDecisionHasCommitted() {
        Request request = testLetters.approved();

        int lettersInTheClosingTransaction = transaction.execute(status -> {
            route.decide(routes.taskOf(request), TestLetters.MOTIVATION);
            return letters.lettersOf(request.getFamilyId()).size();
        });

        assertThat(lettersInTheClosingTransaction).isZero();
        assertThat(letters.lettersOf(request.getFamilyId())).singleElement()
                .extracting(DecisionLetterSummary::kind).isEqualTo(DecisionKind.GRANTED);
    }

    @Test
    void theRefusalLetterIsWrittenOnlyOnceTheRefusalIsIssuedAndCommitted() {
        Request request = testLetters.refusedAtTheCheck(List.of(RefusalReason.NETWORK_SUFFICES), "Steun van oma");
        assertThat(letters.lettersOf(request.getFamilyId())).as("the check's no sends nothing yet").isEmpty();

        int lettersInTheClosingTransaction = transaction.execute(status -> {
            route.decide(routes.taskOf(request), "Oma helpt Kim drie middagen per week.");
            return letters.lettersOf(request.getFamilyId()).size();
        });

        assertThat(lettersInTheClosingTransaction).isZero();
        assertThat(letters.lettersOf(request.getFamilyId())).singleElement()
                .extracting(DecisionLetterSummary::kind).isEqualTo(DecisionKind.REFUSED);
    }

    @Test
    void aFailingReactionLeavesTheDecisionInPlaceAndIsOfferedAgain() {
        Request request = testLetters.approved();
        refusingReaction.failing(true);

        route.decide(routes.taskOf(request), TestLetters.MOTIVATION);

        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.GRANTED);
        assertThat(letters.lettersOf(request.getFamilyId())).hasSize(1);
        assertThat(unfinishedReactions()).isEqualTo(1);

        refusingReaction.failing(false);
        incomplete.resubmitIncompletePublications(publication -> true);

        assertThat(unfinishedReactions()).isZero();
    }

    @Test
    void aClosingOfferedAgainMakesNoSecondLetter() {
        Request request = testLetters.granted();

        transaction.executeWithoutResult(status -> events.publishEvent(
                new RequestClosed(request.getId(), request.getFamilyId(), RequestStatus.GRANTED)));

        assertThat(letters.lettersOf(request.getFamilyId())).hasSize(1);
    }

    private long unfinishedReactions() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like :listener")
                .param("listener", "%RefusingReaction%")
                .query(Long.class).single();
    }
}
