package nl.gezinsplan.workflow.request;

import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.workflow.ModelIds;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes the "nee, tenzij" check or the panel's decision only once its answer is recorded with the request, which
 * refuses a NO without coded reasons and alternatives and a panel that doubts, and routes on that recorded answer:
 * the reasons and alternatives stay case data and never become process variables.
 */
@Component("neeTenzijRecorded")
class NeeTenzijRecorded implements TaskListener {

    private static final String PANEL_TASK = ModelIds.PANEL_DECISION;

    private final RequestSteps steps;

    NeeTenzijRecorded(RequestSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        long requestId = ((Number) task.getVariable("requestId")).longValue();
        boolean atPanel = PANEL_TASK.equals(task.getTaskDefinitionKey());
        task.setVariable("neeTenzijOutcome", steps.neeTenzijOutcome(requestId, atPanel).name());
    }
}
