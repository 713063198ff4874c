package nl.gezinsplan.workflow.request;

import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Gives the route who proposes the provision, so the approval offers the review to others and returns a rejection to
 * the proposer, and the day of the proposal: under the Wmo that is the application from which the decision term runs.
 * The four-eyes rule itself reads the proposer recorded with the request, not this variable.
 */
@Component("proposerRecorder")
class ProposerRecorder implements TaskListener {

    private final IdentityService identityService;

    ProposerRecorder(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication caller = identityService.getCurrentAuthentication();
        String proposer = caller != null ? caller.getUserId() : task.getAssignee();
        if (proposer == null) {
            throw new InvalidInput("workflow.request.proposal.proposer.unknown");
        }
        task.setVariable("proposer", proposer);
        task.setVariable("appliedOn", EngineDates.today().toString());
    }
}
