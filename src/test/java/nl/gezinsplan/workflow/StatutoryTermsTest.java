package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.base.Law;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every row of bpmn/statutory-term.dmn, evaluated by the application's engine. */
@IntegrationTest
class StatutoryTermsTest {

    static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    @Autowired
    StatutoryTerms terms;

    @Test
    void wmoResearchReportIsDueSixWeeksAfterTheRequest() {
        assertThat(terms.deadline(Law.WMO, TermStage.RESEARCH_REPORT, MONDAY))
                .contains(new StatutoryDeadline(LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 7)));
    }

    @Test
    void wmoDecisionIsDueTwoWeeksAfterTheApplication() {
        assertThat(terms.deadline(Law.WMO, TermStage.DECISION, MONDAY))
                .contains(new StatutoryDeadline(LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 14)));
    }

    @Test
    void youthCareDecisionIsDueEightWeeksAfterTheApplication() {
        assertThat(terms.deadline(Law.JEUGDWET, TermStage.DECISION, MONDAY))
                .contains(new StatutoryDeadline(LocalDate.of(2025, 4, 28), LocalDate.of(2025, 4, 21)));
    }

    @Test
    void participationDecisionIsDueEightWeeksAfterTheApplication() {
        assertThat(terms.deadline(Law.PARTICIPATIEWET, TermStage.DECISION, MONDAY))
                .contains(new StatutoryDeadline(LocalDate.of(2025, 4, 28), LocalDate.of(2025, 4, 21)));
    }

    @Test
    void youthCareAndParticipationHaveNoTermForTheResearchReport() {
        assertThat(terms.deadline(Law.JEUGDWET, TermStage.RESEARCH_REPORT, MONDAY)).isEmpty();
        assertThat(terms.deadline(Law.PARTICIPATIEWET, TermStage.RESEARCH_REPORT, MONDAY)).isEmpty();
    }
}
