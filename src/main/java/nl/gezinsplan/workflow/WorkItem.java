package nl.gezinsplan.workflow;

import java.time.Instant;
import nl.gezinsplan.base.Law;

/**
 * A task in someone's inbox, with the ids of the family and person it is about and the routing facts that matter for
 * planning the work. Null where the route does not know it.
 *
 * @param taskKey       the task's id in the BPMN
 * @param name          the task's name in the BPMN (Dutch); screens show it translated by {@code taskKey}
 * @param requestId     the request the task's route is about, null for routes not about a request
 * @param formKey       the form the BPMN names for the task ({@code camunda:formKey})
 * @param due           the task's own due date
 * @param followUp      when the user means to look at the task again
 * @param statutoryTerm the route's term for the request: the decision term once planned, else the research term
 * @param costPerYear   the proposal's cost per year, for tasks that approve it
 * @param suspendedUntil the last day the request's term is suspended to (opgeschort tot), null while it runs
 */
public record WorkItem(String taskId, String taskKey, String formKey, String name, String processInstanceId,
                       Long familyId, Long personId, Long requestId, Law law, Instant created, Instant due,
                       Instant followUp, Instant statutoryTerm, String assignee, Double costPerYear,
                       Instant suspendedUntil) {
}
