package nl.gezinsplan.workflow;

/** Someone else took the task first. */
public class TaskAlreadyClaimed extends RuntimeException {

    TaskAlreadyClaimed(String taskId, String assignee) {
        super("Task " + taskId + " is already claimed by " + assignee);
    }
}
