package nl.gezinsplan.workflow;

import java.util.Optional;
import java.util.function.Supplier;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.security.CurrentUser;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Runs engine commands as the signed-in user, so the engine's own rules (the four-eyes rule, the recorded proposer)
 * see who acts, and hands the engine's refusals back as ours: a task listener's {@link InvalidInput} as it was
 * thrown, an authorization refusal as {@link WorkRefused}, a claim conflict as {@link TaskAlreadyClaimed}.
 */
@Component
class EngineCalls {

    private final IdentityService identity;
    private final TaskService tasks;
    private final CurrentUser currentUser;

    EngineCalls(IdentityService identity, TaskService tasks, CurrentUser currentUser) {
        this.identity = identity;
        this.tasks = tasks;
        this.currentUser = currentUser;
    }

    /** The task, as long as it is open. */
    Task open(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskGone(taskId);
        }
        return task;
    }

    <T> T asCurrentUser(Supplier<T> engineCall) {
        currentUser.username().ifPresent(identity::setAuthenticatedUserId);
        try {
            return engineCall.get();
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskAlreadyClaimed(e.getTaskId(), e.getTaskAssignee());
        } catch (ProcessEngineException e) {
            throw refusal(e).orElseThrow(() -> e);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The engine wraps what a task listener threw, sometimes twice; callers expect the refusal itself. */
    private static Optional<RuntimeException> refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInput invalid) {
                return Optional.of(invalid);
            }
            if (cause instanceof AuthorizationException) {
                return Optional.of(new WorkRefused(cause.getMessage()));
            }
        }
        return Optional.empty();
    }
}
