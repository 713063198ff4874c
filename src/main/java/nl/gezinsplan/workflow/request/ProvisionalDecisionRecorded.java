package nl.gezinsplan.workflow.request;

import nl.gezinsplan.casework.RequestSteps;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Leaves a crisis's provisional decision only once it is recorded with the request (care granted, letter sent),
 * whichever client completes the task.
 */
@Component("provisionalDecisionRecorded")
class ProvisionalDecisionRecorded implements TaskListener {

    private final RequestSteps steps;

    ProvisionalDecisionRecorded(RequestSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        steps.requireProvisionalDecision(((Number) task.getVariable("requestId")).longValue());
    }
}
