package nl.gezinsplan.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Frequency;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.ProvisionDraft;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import org.springframework.stereotype.Component;

/**
 * Granted care with its own dates, for what the family is asked about it: a request for a child in a new family
 * (parent Sam, child Kim), a provision proposed with care from {@code start} to {@code end}, granted as the decision
 * does, which also writes its decision letter. The law's consultant stays signed in.
 */
@Component
public class TestCare {

    private final TestCases cases;
    private final Provisions provisions;
    private final RequestSteps steps;

    TestCare(TestCases cases, Provisions provisions, RequestSteps steps) {
        this.cases = cases;
        this.provisions = provisions;
        this.steps = steps;
    }

    /** For a child of twelve. */
    public GrantedCare granted(Law law, LocalDate start, LocalDate end) {
        return granted(law, start, end, start.minusYears(12));
    }

    public GrantedCare granted(Law law, LocalDate start, LocalDate end, LocalDate birthDate) {
        Request request = cases.request(law, Referrer.SELF, Urgency.NORMAL, start, birthDate);
        provisions.propose(request.getId(), new ProvisionDraft(request.getPersonId(), cases.productOf(law).getId(),
                cases.provider().getId(), BigDecimal.TEN, Frequency.ONCE, start, end, start, end));
        return steps.grant(request.getId()).get(0);
    }
}
