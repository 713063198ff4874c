package nl.gezinsplan.workflow.request;

import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.workflow.BenefitRoute;
import nl.gezinsplan.workflow.PerspectiveTalks;
import nl.gezinsplan.workflow.ProvisionRoute;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * With the decision the proposed provisions are granted; each starts its own route of meetings, a youth under 18
 * with youth care gets a perspective talk planned, and a right to income support its periodic re-examination.
 */
@Component("grantDecision")
class GrantDecision implements JavaDelegate {

    private static final int ADULT = 18;

    private final RequestSteps steps;
    private final ProvisionRoute provisionRoute;
    private final PerspectiveTalks perspectiveTalks;
    private final BenefitRoute benefitRoute;

    GrantDecision(RequestSteps steps, ProvisionRoute provisionRoute, PerspectiveTalks perspectiveTalks,
                  BenefitRoute benefitRoute) {
        this.steps = steps;
        this.provisionRoute = provisionRoute;
        this.perspectiveTalks = perspectiveTalks;
        this.benefitRoute = benefitRoute;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (GrantedCare care : steps.grant((Long) execution.getVariable("requestId"))) {
            provisionRoute.start(care);
            benefitRoute.startIfIncomeSupport(care);
            if (care.law() == Law.JEUGDWET && care.birthDate().plusYears(ADULT).isAfter(EngineDates.today())) {
                perspectiveTalks.start(care.familyId(), care.personId(), care.birthDate());
            }
        }
    }
}
