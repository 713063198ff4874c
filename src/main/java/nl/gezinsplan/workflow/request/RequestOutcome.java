package nl.gezinsplan.workflow.request;

import nl.gezinsplan.casework.RequestStatus;
import nl.gezinsplan.casework.RequestSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Closes the request at the end the route reached without a grant: solved at triage, refused or withdrawn. Public
 * only because the engine calls it by expression.
 */
@Component("requestOutcome")
public class RequestOutcome {

    private final RequestSteps steps;

    RequestOutcome(RequestSteps steps) {
        this.steps = steps;
    }

    public void close(DelegateExecution execution, String outcome) {
        steps.closeWithout((Long) execution.getVariable("requestId"), RequestStatus.valueOf(outcome));
    }
}
