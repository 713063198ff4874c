package nl.gezinsplan.workflow;

import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.springframework.stereotype.Service;

/**
 * What follows a grant, by a decision or after a well-founded objection: each provision starts its own route of
 * meetings, a youth under 18 with youth care gets a perspective talk planned, and a right to income support its
 * periodic re-examination.
 */
@Service
public class CareRoutes {

    private static final int ADULT = 18;

    private final ProvisionRoute provisionRoute;
    private final PerspectiveTalks perspectiveTalks;
    private final BenefitRoute benefitRoute;

    CareRoutes(ProvisionRoute provisionRoute, PerspectiveTalks perspectiveTalks, BenefitRoute benefitRoute) {
        this.provisionRoute = provisionRoute;
        this.perspectiveTalks = perspectiveTalks;
        this.benefitRoute = benefitRoute;
    }

    public void start(GrantedCare care) {
        provisionRoute.start(care);
        benefitRoute.startIfIncomeSupport(care);
        if (care.law() == Law.JEUGDWET && care.birthDate().plusYears(ADULT).isAfter(EngineDates.today())) {
            perspectiveTalks.start(care.familyId(), care.personId(), care.birthDate());
        }
    }
}
