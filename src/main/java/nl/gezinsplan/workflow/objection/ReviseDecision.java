package nl.gezinsplan.workflow.objection;

import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.objection.ObjectionSteps;
import nl.gezinsplan.workflow.PerspectiveTalks;
import nl.gezinsplan.workflow.ProvisionRoute;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A well-founded objection revises the decision it was against (Awb 7:11): what a refusal did not grant is granted,
 * and each provision starts its own route as after a decision (a youth under 18 with youth care gets a perspective
 * talk planned). The letter on the objection states the new decision.
 */
@Component("reviseDecision")
class ReviseDecision implements JavaDelegate {

    private static final int ADULT = 18;

    private final ObjectionSteps objections;
    private final RequestSteps requests;
    private final ProvisionRoute provisionRoute;
    private final PerspectiveTalks perspectiveTalks;

    ReviseDecision(ObjectionSteps objections, RequestSteps requests, ProvisionRoute provisionRoute,
                   PerspectiveTalks perspectiveTalks) {
        this.objections = objections;
        this.requests = requests;
        this.provisionRoute = provisionRoute;
        this.perspectiveTalks = perspectiveTalks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long requestId = objections.revise(((Number) execution.getVariable("objectionId")).longValue());
        for (GrantedCare care : requests.grantOnObjection(requestId)) {
            provisionRoute.start(care);
            if (care.law() == Law.JEUGDWET && care.birthDate().plusYears(ADULT).isAfter(EngineDates.today())) {
                perspectiveTalks.start(care.familyId(), care.personId(), care.birthDate());
            }
        }
    }
}
