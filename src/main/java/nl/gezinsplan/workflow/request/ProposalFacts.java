package nl.gezinsplan.workflow.request;

import nl.gezinsplan.casework.Proposal;
import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.workflow.ModelIds;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives the approval the facts of the proposal recorded with the request, whoever completes the proposal's task (a
 * submission, or a resubmission after a rejection): the approval table routes on its cost, duration and residential
 * care, never on facts a client passes along. The first submission also tells the route who proposed, so the review is
 * offered to others and a rejection returns to the proposer. The four-eyes rule itself asks the request, not these
 * variables.
 */
@Component("proposalFacts")
class ProposalFacts implements TaskListener {

    private final RequestSteps steps;

    ProposalFacts(RequestSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        if (Boolean.FALSE.equals(task.getVariable("resubmit"))) {
            return;
        }
        Proposal proposal = steps.recordedProposal(((Number) task.getVariable("requestId")).longValue());
        task.setVariable("costPerYear", proposal.costPerYear().doubleValue());
        task.setVariable("durationMonths", proposal.durationMonths());
        task.setVariable("residential", proposal.residential());
        if (ModelIds.PROPOSE_PROVISION.equals(task.getTaskDefinitionKey())) {
            task.setVariable("proposer", proposal.proposer());
        }
    }
}
