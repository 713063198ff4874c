package nl.gezinsplan.workflow.request;

import nl.gezinsplan.casework.RequestSteps;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Werktraject starten" only once the work track's start is recorded with the request, whoever completes it. */
@Component("workTrackRecorded")
class WorkTrackRecorded implements TaskListener {

    private final RequestSteps steps;

    WorkTrackRecorded(RequestSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        steps.requireWorkTrack(((Number) task.getVariable("requestId")).longValue());
    }
}
