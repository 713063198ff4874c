package nl.gezinsplan.workflow.request;

import nl.gezinsplan.casework.RequestSteps;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes triage only once its outcome is recorded with the request, which refuses what triage may not do (closing
 * a medical referral or a court order), and routes on that recorded outcome rather than on what a client passed. It
 * runs inside the engine, so it holds whichever client completes the task.
 */
@Component("triageRecorded")
class TriageRecorded implements TaskListener {

    private final RequestSteps steps;

    TriageRecorded(RequestSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        long requestId = ((Number) task.getVariable("requestId")).longValue();
        task.setVariable("triageOutcome", steps.triageOutcome(requestId).name());
    }
}
