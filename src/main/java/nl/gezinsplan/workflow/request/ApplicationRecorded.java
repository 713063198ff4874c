package nl.gezinsplan.workflow.request;

import nl.gezinsplan.casework.RequestSteps;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Tells the route whether the person has applied (aanvraag) and on which day, from the application recorded with the
 * request, when the research ends and when the consultant has asked for it: never from what a client passes along.
 * Under the Jeugdwet the request is the application.
 */
@Component("applicationRecorded")
class ApplicationRecorded implements TaskListener {

    private final RequestSteps steps;

    ApplicationRecorded(RequestSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        var application = steps.application(((Number) task.getVariable("requestId")).longValue());
        task.setVariable("applied", application.isPresent());
        application.ifPresent(on -> task.setVariable("appliedOn", on.toString()));
    }
}
