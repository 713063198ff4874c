package nl.gezinsplan.workflow;

/**
 * The task a request waits at on its route.
 *
 * @param taskKey the task's id in the BPMN, by which screens name it in the user's language
 * @param name    the task's name in the BPMN (Dutch)
 */
public record RouteStep(String taskId, String taskKey, String name) {
}
