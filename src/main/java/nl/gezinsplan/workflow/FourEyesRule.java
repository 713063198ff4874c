package nl.gezinsplan.workflow;

import nl.gezinsplan.casework.ApprovalLevel;
import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.casework.VerdictRefused;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Guards the review and manager tasks of the approval process inside the engine, so no client can get around it: the
 * request's four-eyes rule ({@link RequestSteps#requireJudge}, on the proposer recorded with the request, not on process
 * variables) is asked about whoever is assigned the task, and on completion the verdict is recorded with the request
 * by whoever completes it, in the engine's transaction: every path records it once, or the task stays open.
 * Refusals of the judge are {@link AuthorizationException}s, so the REST API answers 403 rather than 500.
 */
@Component
class FourEyesRule implements TaskListener {

    private static final String MANAGER_TASK = ModelIds.APPROVE_BY_MANAGER;

    private final IdentityService identityService;
    private final RequestSteps steps;

    FourEyesRule(IdentityService identityService, RequestSteps steps) {
        this.identityService = identityService;
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        long requestId = ((Number) task.getVariable("requestId")).longValue();
        ApprovalLevel level = MANAGER_TASK.equals(task.getTaskDefinitionKey())
                ? ApprovalLevel.MANAGER : ApprovalLevel.FOUR_EYES;
        try {
            if (task.getAssignee() != null) {
                steps.requireJudge(requestId, task.getAssignee(), level);
            }
            if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
                Authentication caller = identityService.getCurrentAuthentication();
                String judge = caller != null ? caller.getUserId() : task.getAssignee();
                if (judge == null) {
                    throw new AuthorizationException("Task " + task.getId() + " needs a known reviewer: claim it first");
                }
                steps.recordVerdict(requestId, level, judge, task.getVariable("approved") instanceof Boolean approved
                        ? approved : null, task.getVariable("reason") instanceof String reason ? reason : null);
            }
        } catch (VerdictRefused refused) {
            throw new AuthorizationException(refused.getMessage());
        }
    }
}
