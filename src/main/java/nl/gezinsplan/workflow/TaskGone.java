package nl.gezinsplan.workflow;

/** The task no longer exists: a colleague completed it, or its route moved on without it. */
public class TaskGone extends RuntimeException {

    TaskGone(String taskId) {
        super("Task " + taskId + " is no longer open");
    }
}
