package nl.gezinsplan.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.CurrentUser;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
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
    private final AuditLog audit;

    EngineCalls(IdentityService identity, TaskService tasks, CurrentUser currentUser, AuditLog audit) {
        this.identity = identity;
        this.tasks = tasks;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /**
     * Completes the task for the signed-in user, who must have it: assigned to them, or offered to one of their
     * groups and not taken by a colleague.
     */
    void complete(String taskId, Map<String, Object> variables) {
        String user = currentUser.require().username();
        Task task = open(taskId);
        boolean mine = user.equalsIgnoreCase(task.getAssignee()) || task.getAssignee() == null && isOpenTo(taskId, user);
        if (!mine) {
            throw refused(taskId, user + " does not have task " + taskId);
        }
        asCurrentUser(() -> {
            tasks.complete(taskId, variables);
            return null;
        });
    }

    /**
     * The route does not let the signed-in user do this with the task (or open it): recorded on the audit trail as a
     * refusal, and returned to be thrown.
     */
    WorkRefused refused(String taskId, String why) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        recordRefusal(task == null ? taskId : task.getName() + " (" + taskId + ")");
        return new WorkRefused(why);
    }

    private void recordRefusal(String detail) {
        audit.recordOutsideFile(currentUser.username().orElse(""), AuditAction.DENIED, "audit.task.refused",
                detail.length() > 500 ? detail.substring(0, 500) : detail);
    }

    /** Whether the task is offered to the user, by name or through one of their groups, as the engine sees it. */
    boolean isOpenTo(String taskId, String user) {
        return tasks.createTaskQuery().taskId(taskId).taskCandidateUser(user).includeAssignedTasks().count() == 1;
    }

    /** A variable of the task's process, such as the id of the request or family it is about. */
    <T> T variable(String taskId, String name, Class<T> type) {
        open(taskId);
        return type.cast(tasks.getVariable(taskId, name));
    }

    /** Which task of its process this is: its id in the BPMN. */
    String taskKey(String taskId) {
        return open(taskId).getTaskDefinitionKey();
    }

    /** The task, as long as it is open. */
    Task open(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskGone(taskId);
        }
        return task;
    }

    /**
     * Gives the open task to {@code user}, as the signed-in user. Refused when a colleague has it, also one who took it
     * at the same moment (on another node of a cluster): then the engine's optimistic lock, not its check, tells.
     */
    void claim(String taskId, String user) {
        try {
            asCurrentUser(() -> {
                tasks.claim(taskId, user);
                return null;
            });
        } catch (OptimisticLockingException sameMoment) {
            String assignee = open(taskId).getAssignee();
            if (assignee == null) {
                throw sameMoment;
            }
            throw new TaskAlreadyClaimed(taskId, assignee);
        }
    }

    /**
     * Gives the task, which had {@code assignee} when the caller read it (null when nobody had it), to {@code user}: a
     * claim when nobody had it, so it is refused when someone took it in the meantime.
     */
    void giveTo(String taskId, String assignee, String user) {
        if (assignee == null) {
            claim(taskId, user);
        } else {
            asCurrentUser(() -> {
                tasks.setAssignee(taskId, user);
                return null;
            });
        }
    }

    <T> T asCurrentUser(Supplier<T> engineCall) {
        currentUser.username().ifPresent(identity::setAuthenticatedUserId);
        return run(engineCall);
    }

    /**
     * Runs the command with no user, as the engine's own jobs run: for a change Gezinsplan allows someone whom the
     * engine itself keeps read-only ({@link ReadOnlyForAdministrators}), after checking their right; the caller
     * records on the audit trail who acted.
     */
    <T> T asSystem(Supplier<T> engineCall) {
        identity.clearAuthentication();
        return run(engineCall);
    }

    private <T> T run(Supplier<T> engineCall) {
        try {
            return engineCall.get();
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskAlreadyClaimed(e.getTaskId(), e.getTaskAssignee());
        } catch (ProcessEngineException e) {
            RuntimeException refusal = refusal(e).orElseThrow(() -> e);
            if (refusal instanceof WorkRefused) {
                // the engine's own rule, such as the four-eyes rule, refused the signed-in user
                recordRefusal(String.valueOf(e.getMessage()));
            }
            throw refusal;
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
