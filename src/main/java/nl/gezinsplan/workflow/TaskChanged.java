package nl.gezinsplan.workflow;

import java.util.Set;

/**
 * A task of any route was created, given to someone (claimed, handed over, released: {@code assignee} is then who has
 * it now, or null), completed or deleted. Published inside the engine's transaction, so a listener that reacts after
 * commit sees only what was saved.
 *
 * @param taskType        the task's type (its id in the process model, see {@link ModelIds})
 * @param candidateGroups the teams and roles that may take the task (group ids as the engine knows them)
 * @param familyId        the family the task is about, if it is about one
 */
public record TaskChanged(String taskId, String taskType, Change change, String assignee, Set<String> candidateGroups,
                          Long familyId) {

    public enum Change { CREATED, ASSIGNED, COMPLETED, DELETED }

    /** The task was given to someone, or raised to the managers of its team (an escalation created). */
    public boolean givenOrEscalated() {
        return change == Change.ASSIGNED && assignee != null
                || change == Change.CREATED && ModelIds.ESCALATIONS.contains(taskType);
    }
}
