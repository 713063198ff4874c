package nl.gezinsplan.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.gezinsplan.TestClock;
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
 * does, which also writes its decision letter. Care that starts in the past was asked for and granted the day before
 * it started, as the family is asked only about months that began after the grant. The law's consultant stays
 * signed in.
 */
@Component
public class TestCare {

    private final TestCases cases;
    private final Provisions provisions;
    private final RequestSteps steps;
    private final TestClock clock;

    TestCare(TestCases cases, Provisions provisions, RequestSteps steps, TestClock clock) {
        this.cases = cases;
        this.provisions = provisions;
        this.steps = steps;
        this.clock = clock;
    }

    /** For a child of twelve. */
    public GrantedCare granted(Law law, LocalDate start, LocalDate end) {
        return granted(law, start, end, start.minusYears(12));
    }

    public GrantedCare granted(Law law, LocalDate start, LocalDate end, LocalDate birthDate) {
        LocalDate granted = start.minusDays(1);
        if (!granted.isBefore(LocalDate.now())) {
            return grant(law, start, start, end, birthDate);
        }
        clock.moveTo(granted);
        try {
            return grant(law, granted, start, end, birthDate);
        } finally {
            clock.reset();
        }
    }

    /** Care that may have started earlier, granted only today, as a decision that came late. */
    public GrantedCare grantedToday(Law law, LocalDate start, LocalDate end) {
        return grant(law, start, start, end, start.minusYears(12));
    }

    private GrantedCare grant(Law law, LocalDate asked, LocalDate start, LocalDate end, LocalDate birthDate) {
        Request request = cases.request(law, Referrer.SELF, Urgency.NORMAL, asked, birthDate);
        provisions.propose(request.getId(), new ProvisionDraft(request.getPersonId(), cases.productOf(law).getId(),
                cases.providerOf(cases.productOf(law)).getId(), BigDecimal.TEN, Frequency.ONCE, start, end, start, end));
        return steps.grant(request.getId()).get(0);
    }
}
