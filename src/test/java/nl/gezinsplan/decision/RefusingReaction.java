package nl.gezinsplan.decision;

import nl.gezinsplan.base.AfterCommit;
import nl.gezinsplan.casework.RequestClosed;
import org.springframework.stereotype.Component;

/** Another module's reaction to a closed request that fails while a test says so (LettersAfterCommitTest). */
@Component
class RefusingReaction {

    private volatile boolean failing;

    /** A method, not the field: the bean is a transactional proxy, whose own copy of the field nobody reads. */
    void failing(boolean failing) {
        this.failing = failing;
    }

    @AfterCommit
    void react(RequestClosed closed) {
        if (failing) {
            throw new IllegalStateException("This reaction fails on purpose");
        }
    }
}
