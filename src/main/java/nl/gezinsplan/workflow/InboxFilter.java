package nl.gezinsplan.workflow;

import java.util.Objects;
import nl.gezinsplan.base.Law;

/**
 * Which tasks of the inbox to show; a null criterion does not restrict.
 *
 * @param scope   whose tasks: assigned to me, open to my groups, or both
 * @param law     the law the task's route is under
 * @param taskKey the kind of task: its id in the BPMN ({@link TaskType#key()})
 * @param due     how near the task's due date is
 */
public record InboxFilter(Scope scope, Law law, String taskKey, Due due) {

    public static final InboxFilter EVERYTHING = new InboxFilter(Scope.ALL, null, null, null);

    public InboxFilter {
        Objects.requireNonNull(scope, "scope");
    }

    public enum Scope {
        /** Assigned to me, or open to me and not taken by anyone. */
        ALL,
        ASSIGNED_TO_ME,
        /** Open to one of my groups (or to me by name) and not taken by anyone. */
        OPEN_IN_MY_TEAMS
    }

    public enum Due {
        /** Due today or in the next seven days. */
        WITHIN_7_DAYS,
        /** Due before today. */
        OVERDUE
    }
}
