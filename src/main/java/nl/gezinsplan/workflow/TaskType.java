package nl.gezinsplan.workflow;

/** A kind of user task in the routes: its id in the BPMN and its name as users see it. */
public record TaskType(String key, String name) {
}
