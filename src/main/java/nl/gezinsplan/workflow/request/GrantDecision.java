package nl.gezinsplan.workflow.request;

import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.workflow.CareRoutes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** With the decision the proposed provisions are granted, and what follows a grant follows ({@link CareRoutes}). */
@Component("grantDecision")
class GrantDecision implements JavaDelegate {

    private final RequestSteps steps;
    private final CareRoutes careRoutes;

    GrantDecision(RequestSteps steps, CareRoutes careRoutes) {
        this.steps = steps;
        this.careRoutes = careRoutes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.grant((Long) execution.getVariable("requestId")).forEach(careRoutes::start);
    }
}
