package nl.gezinsplan.workflow;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.security.Role;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Guards the review and manager tasks of the approval process inside the engine, so no client can get around it:
 * whoever is assigned or completes the task is never the proposer, the manager task goes only to a manager of the
 * proposal's team, and a verdict is given, with a reason when it rejects. Refusals abort the engine command; they
 * are {@link AuthorizationException}s so the REST API answers 403 rather than 500.
 */
@Component
class FourEyesRule implements TaskListener {

    static final String MANAGER_TASK = "approveByManager";

    private final IdentityService identityService;

    FourEyesRule(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        Set<String> deciders = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            deciders.add(task.getAssignee());
        }
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Authentication caller = identityService.getCurrentAuthentication();
            if (caller != null) {
                deciders.add(caller.getUserId());
            }
            if (deciders.isEmpty()) {
                throw new AuthorizationException("Task " + task.getId() + " needs a known reviewer: claim it first");
            }
            requireVerdict(task);
        }
        deciders.forEach(user -> requireMayDecide(user, task));
    }

    private void requireMayDecide(String user, DelegateTask task) {
        if (user.equals(task.getVariable("proposer"))) {
            throw new AuthorizationException(user + " proposed this and may not approve it (four-eyes rule)");
        }
        if (MANAGER_TASK.equals(task.getTaskDefinitionKey()) && !leadsTeam(user, (String) task.getVariable("team"))) {
            throw new AuthorizationException(user + " is no manager of team " + task.getVariable("team"));
        }
    }

    private boolean leadsTeam(String user, String team) {
        Set<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .collect(Collectors.toSet());
        return groups.contains(Role.managersOf(team));
    }

    private static void requireVerdict(DelegateTask task) {
        if (!(task.getVariable("approved") instanceof Boolean approved)) {
            throw new InvalidInput("workflow.approval.verdict.required");
        }
        Object reason = task.getVariable("reason");
        if (!approved && (!(reason instanceof String text) || text.isBlank())) {
            throw new InvalidInput("workflow.approval.reason.required");
        }
    }
}
