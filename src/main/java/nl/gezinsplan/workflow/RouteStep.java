package nl.gezinsplan.workflow;

/** The task a request waits at on its route. */
public record RouteStep(String taskId, String name) {
}
