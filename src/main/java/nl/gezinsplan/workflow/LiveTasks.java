package nl.gezinsplan.workflow;

import nl.gezinsplan.base.LiveUpdates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Open inboxes, badges and team overviews refresh when any task changed; the family's page and portal when one of its
 * tasks did (its requests' steps). Heard just before the engine's transaction commits, so that
 * {@link LiveUpdates#changed} can still send once it has. A mere refresh, lost in a crash without harm, hence no
 * {@code AfterCommit}.
 */
@Component
class LiveTasks {

    private final LiveUpdates live;

    LiveTasks(LiveUpdates live) {
        this.live = live;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(TaskChanged task) {
        live.changed(LiveUpdates.TASKS);
        if (task.familyId() != null) {
            live.changed(LiveUpdates.family(task.familyId()));
        }
    }
}
