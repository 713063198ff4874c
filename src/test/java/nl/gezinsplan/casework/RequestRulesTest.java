package nl.gezinsplan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The request refuses what the policy forbids, whoever records it: the rules of triage and "nee, tenzij" live in the
 * request, not in the engine.
 */
@IntegrationTest
class RequestRulesTest {

    @Autowired
    TestCases cases;

    @Autowired
    Requests requests;

    @Autowired
    RequestSteps steps;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @EnumSource(value = Referrer.class, names = {"GP", "YOUTH_DOCTOR", "MEDICAL_SPECIALIST", "CERTIFIED_INSTITUTION"})
    void refusesToCloseABindingReferralAtTriage(Referrer referrer) {
        Request request = cases.request(Law.JEUGDWET, referrer, Urgency.NORMAL, LocalDate.now());

        assertThatThrownBy(() -> steps.recordTriage(request.getId(), TriageOutcome.NETWORK, Set.of(), null))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.triage.binding-referral");
        assertThat(requests.get(request.getId()).getTriageOutcome()).isNull();

        steps.recordTriage(request.getId(), TriageOutcome.RESEARCH, Set.of(), null);
        assertThat(requests.get(request.getId()).getTriageOutcome()).isEqualTo(TriageOutcome.RESEARCH);
    }

    @Test
    void refusesTriageWithoutAnOutcome() {
        Request request = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now());

        assertThatThrownBy(() -> steps.recordTriage(request.getId(), null, Set.of(), "Nog niet bekend"))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.triage.outcome.required");
    }

    @Test
    void refusesARefusalWithoutReasonsOrAlternatives() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());

        assertThatThrownBy(() -> steps.recordNeeTenzij(request.getId(), NeeTenzijOutcome.NO, List.of(),
                "Steun van oma")).isInstanceOf(InvalidInput.class)
                .hasMessage("casework.request.nee-tenzij.refusal.incomplete");
        assertThatThrownBy(() -> steps.recordNeeTenzij(request.getId(), NeeTenzijOutcome.NO,
                List.of(RefusalReason.NETWORK_SUFFICES), " ")).isInstanceOf(InvalidInput.class)
                .hasMessage("casework.request.nee-tenzij.refusal.incomplete");
        assertThatThrownBy(() -> steps.recordNeeTenzij(request.getId(), null, List.of(), null))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.nee-tenzij.outcome.required");
        assertThat(requests.get(request.getId()).getNeeTenzijOutcome()).isNull();

        steps.recordNeeTenzij(request.getId(), NeeTenzijOutcome.NO, List.of(RefusalReason.NETWORK_SUFFICES),
                "Steun van oma");
        assertThat(requests.get(request.getId()).refusalReasons()).containsExactly(RefusalReason.NETWORK_SUFFICES);
    }

    @Test
    void thePanelAnswersYesOrNoAndRefusesOnlyWithReasonsAndAlternatives() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        steps.recordNeeTenzij(request.getId(), NeeTenzijOutcome.DOUBT, List.of(), null);

        assertThatThrownBy(() -> steps.recordPanelDecision(request.getId(), NeeTenzijOutcome.DOUBT, List.of(), null))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.nee-tenzij.outcome.required");
        assertThatThrownBy(() -> steps.recordPanelDecision(request.getId(), NeeTenzijOutcome.NO, List.of(), null))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.nee-tenzij.refusal.incomplete");
        assertThat(requests.get(request.getId()).getPanelOutcome()).isNull();
    }
}
