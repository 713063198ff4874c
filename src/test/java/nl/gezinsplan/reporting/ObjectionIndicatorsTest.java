package nl.gezinsplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.objection.Objection;
import nl.gezinsplan.objection.ObjectionSteps;
import nl.gezinsplan.objection.ObjectionVerdict;
import nl.gezinsplan.objection.TestObjections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Objections per period and the share upheld: received in the period, decided in it (a withdrawal decides nothing),
 * and of those decided the well-founded. Counted as what this test adds to the month, as other tests add objections
 * to it too.
 */
@IntegrationTest
class ObjectionIndicatorsTest {

    @Autowired
    MonitorCalculation calculation;

    @Autowired
    TestObjections testObjections;

    @Autowired
    ObjectionSteps steps;

    @Autowired
    Environment environment;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void countsObjectionsReceivedDecidedAndUpheld() {
        Period month = Period.month(YearMonth.now());
        ObjectionCount before = youthCare(month);

        Objection upheld = testObjections.registered();
        decide(upheld, ObjectionVerdict.WELL_FOUNDED);
        decide(testObjections.registered(), ObjectionVerdict.UNFOUNDED);
        Objection withdrawn = testObjections.registered();
        steps.assessAdmissibility(withdrawn.getId(), true, null);
        steps.recordTalk(withdrawn.getId(), LocalDate.now(), "Ingetrokken na uitleg", true);
        testObjections.registered();

        ObjectionCount after = youthCare(month);
        assertThat(after.received() - before.received()).isEqualTo(4);
        assertThat(after.decided() - before.decided()).isEqualTo(2);
        assertThat(after.upheld() - before.upheld()).isEqualTo(1);
        assertThat(after.shareUpheld()).isNotNull();
        // the families behind the line: among them those of the objections received and withdrawn
        assertThat(calculation.familiesBehind(MonitorQueries.OBJECTIONS_BEHIND, Map.of("law", "JEUGDWET"), month,
                MonitorSettings.from(environment)).familyIds()).contains(upheld.getFamilyId(), withdrawn.getFamilyId());
        assertThat(calculation.familiesBehind(MonitorQueries.OBJECTIONS_BEHIND, Map.of("law", "WMO"), month,
                MonitorSettings.from(environment)).familyIds()).doesNotContain(upheld.getFamilyId());
        assertThat(calculation.figures(Period.year(1990), MonitorSettings.from(environment)).objections())
                .as("a period without objections").isEmpty();
    }

    @Test
    void theShareUpheldIsOfTheDecidedOnes() {
        Period month = Period.month(YearMonth.now());
        ObjectionCount before = youthCare(month);
        decide(testObjections.registered(), ObjectionVerdict.WELL_FOUNDED);
        ObjectionCount after = youthCare(month);

        assertThat(after.upheld()).isEqualTo(before.upheld() + 1);
        assertThat(after.shareUpheld()).isEqualByComparingTo(BigDecimal.valueOf(after.upheld() * 100)
                .divide(BigDecimal.valueOf(after.decided()), 1, RoundingMode.HALF_UP));
    }

    private ObjectionCount youthCare(Period period) {
        return calculation.figures(period, MonitorSettings.from(environment)).objections().stream()
                .filter(count -> count.law() == Law.JEUGDWET).findFirst()
                .orElse(new ObjectionCount(Law.JEUGDWET, 0, 0, 0, null));
    }

    private void decide(Objection objection, ObjectionVerdict verdict) {
        long id = objection.getId();
        steps.assessAdmissibility(id, true, null);
        steps.recordTalk(id, LocalDate.now(), "Niet opgelost", false);
        steps.recordHearing(id, LocalDate.now(), "Moeder", "Verslag");
        steps.recordAdvice(id, verdict, "Advies");
        steps.decide(id, verdict, "Motivering");
    }
}
