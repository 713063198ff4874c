package nl.gezinsplan.workflow;

import nl.gezinsplan.base.LiveUpdates;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

/**
 * Open inboxes, badges and team overviews refresh when any task changed; the family's page and portal when one of its
 * tasks did (its requests' steps). Heard inside the engine's transaction: {@link LiveUpdates#changed} sends once it
 * commits. A mere refresh, lost in a crash without harm, hence no {@code AfterCommit}.
 */
@Component
class LiveTasks {

    private final LiveUpdates live;

    LiveTasks(LiveUpdates live) {
        this.live = live;
    }

    @EventListener
    void on(TaskChanged task) {
        live.changed(LiveUpdates.TASKS);
        if (task.familyId() != null) {
            live.changed(LiveUpdates.family(task.familyId()));
        }
    }
}
