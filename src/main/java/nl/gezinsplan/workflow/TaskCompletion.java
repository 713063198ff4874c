package nl.gezinsplan.workflow;

import java.util.Map;
import nl.gezinsplan.base.InvalidInput;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;

/** Completes a task and hands a refusal by one of our task listeners back as it was thrown. */
final class TaskCompletion {

    private TaskCompletion() {
    }

    static void complete(TaskService tasks, String taskId, Map<String, Object> variables) {
        try {
            tasks.complete(taskId, variables);
        } catch (ProcessEngineException refused) {
            // the engine wraps what a task listener threw, sometimes twice; callers expect the refusal itself
            for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInput invalid) {
                    throw invalid;
                }
            }
            throw refused;
        }
    }
}
