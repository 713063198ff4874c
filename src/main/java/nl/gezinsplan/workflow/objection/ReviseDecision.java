package nl.gezinsplan.workflow.objection;

import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.objection.ObjectionSteps;
import nl.gezinsplan.workflow.CareRoutes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A well-founded objection revises the decision it was against (Awb 7:11): what a refusal did not grant is granted,
 * and what follows a grant follows as after a decision ({@link CareRoutes}). The letter on the objection states the
 * new decision.
 */
@Component("reviseDecision")
class ReviseDecision implements JavaDelegate {

    private final ObjectionSteps objections;
    private final RequestSteps requests;
    private final CareRoutes careRoutes;

    ReviseDecision(ObjectionSteps objections, RequestSteps requests, CareRoutes careRoutes) {
        this.objections = objections;
        this.requests = requests;
        this.careRoutes = careRoutes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long requestId = objections.revise(((Number) execution.getVariable("objectionId")).longValue());
        requests.grantOnObjection(requestId).forEach(careRoutes::start);
    }
}
