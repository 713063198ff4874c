package nl.gezinsplan.workflow;

/** Someone else took the task first. */
public class TaskAlreadyClaimed extends RuntimeException {

    private final String assignee;

    TaskAlreadyClaimed(String taskId, String assignee) {
        super("Task " + taskId + " is already claimed by " + assignee);
        this.assignee = assignee;
    }

    /** Who has the task now. */
    public String assignee() {
        return assignee;
    }
}
