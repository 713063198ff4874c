package nl.gezinsplan.workflow.request;

import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.workflow.PerspectiveTalks;
import nl.gezinsplan.workflow.ProvisionRoute;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * With the decision the proposed provisions are granted; each starts its own route of meetings, and a youth under 18
 * with youth care gets a perspective talk planned.
 */
@Component("grantDecision")
class GrantDecision implements JavaDelegate {

    private static final int ADULT = 18;

    private final RequestSteps steps;
    private final ProvisionRoute provisionRoute;
    private final PerspectiveTalks perspectiveTalks;

    GrantDecision(RequestSteps steps, ProvisionRoute provisionRoute, PerspectiveTalks perspectiveTalks) {
        this.steps = steps;
        this.provisionRoute = provisionRoute;
        this.perspectiveTalks = perspectiveTalks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (GrantedCare care : steps.grant((Long) execution.getVariable("requestId"))) {
            provisionRoute.start(care);
            if (care.law() == Law.JEUGDWET && care.birthDate().plusYears(ADULT).isAfter(EngineDates.today())) {
                perspectiveTalks.start(care.familyId(), care.personId(), care.birthDate());
            }
        }
    }
}
