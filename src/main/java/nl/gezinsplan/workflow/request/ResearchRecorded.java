package nl.gezinsplan.workflow.request;

import nl.gezinsplan.casework.RequestSteps;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes the research only once its report is recorded with the request (the Wmo requires it in writing), whichever
 * client completes the task.
 */
@Component("researchRecorded")
class ResearchRecorded implements TaskListener {

    private final RequestSteps steps;

    ResearchRecorded(RequestSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        steps.requireResearch(((Number) task.getVariable("requestId")).longValue());
    }
}
