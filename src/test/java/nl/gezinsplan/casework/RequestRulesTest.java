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
                "Steun van oma", null)).isInstanceOf(InvalidInput.class)
                .hasMessage("casework.request.nee-tenzij.refusal.incomplete");
        assertThatThrownBy(() -> steps.recordNeeTenzij(request.getId(), NeeTenzijOutcome.NO,
                List.of(RefusalReason.NETWORK_SUFFICES), " ", null)).isInstanceOf(InvalidInput.class)
                .hasMessage("casework.request.nee-tenzij.refusal.incomplete");
        assertThatThrownBy(() -> steps.recordNeeTenzij(request.getId(), null, List.of(), null, null))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.nee-tenzij.outcome.required");
        assertThat(requests.get(request.getId()).getNeeTenzijOutcome()).isNull();

        steps.recordNeeTenzij(request.getId(), NeeTenzijOutcome.NO, List.of(RefusalReason.NETWORK_SUFFICES),
                "Steun van oma", null);
        assertThat(requests.get(request.getId()).refusalReasons()).containsExactly(RefusalReason.NETWORK_SUFFICES);
    }

    @Test
    void thePanelAnswersYesOrNoAndRefusesOnlyWithReasonsAndAlternatives() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        steps.recordNeeTenzij(request.getId(), NeeTenzijOutcome.DOUBT, List.of(), null, "Is deze hulp passend?");

        assertThatThrownBy(() -> steps.recordPanelDecision(request.getId(), NeeTenzijOutcome.DOUBT, List.of(), null))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.nee-tenzij.outcome.required");
        assertThatThrownBy(() -> steps.recordPanelDecision(request.getId(), NeeTenzijOutcome.NO, List.of(), null))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.nee-tenzij.refusal.incomplete");
        assertThat(requests.get(request.getId()).getPanelOutcome()).isNull();
    }

    @Test
    void refusesADoubtWithoutTheQuestionToThePanel() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());

        assertThatThrownBy(() -> steps.recordNeeTenzij(request.getId(), NeeTenzijOutcome.DOUBT, List.of(), null, " "))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.panel-question.required");
        assertThat(requests.get(request.getId()).isAtPanel()).isFalse();

        steps.recordNeeTenzij(request.getId(), NeeTenzijOutcome.DOUBT, List.of(), null, "Is verblijf nodig?");
        assertThat(requests.get(request.getId()).getPanelQuestion()).isEqualTo("Is verblijf nodig?");
    }

    @Test
    void refusesAProposalWithoutTheProposersMotivation() {
        Request request = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        cases.propose(request, 5_000, 6, false);

        assertThatThrownBy(() -> steps.propose(request.getId(), "  "))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.proposal.motivation.required");
        assertThatThrownBy(() -> steps.propose(request.getId(), "x".repeat(2001)))
                .isInstanceOf(InvalidInput.class);
        assertThat(requests.get(request.getId()).getProposedBy()).isNull();

        steps.propose(request.getId(), "Hulp bij het huishouden: het netwerk is overbelast");
        assertThat(requests.get(request.getId()).getProposalMotivation())
                .isEqualTo("Hulp bij het huishouden: het netwerk is overbelast");
    }

    @Test
    void recordsWhoTookEachStepAndWhen() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        steps.recordTriage(request.getId(), TriageOutcome.RESEARCH, Set.of(), null);
        steps.recordNeeTenzij(request.getId(), NeeTenzijOutcome.DOUBT, List.of(), null, "Is verblijf nodig?");

        Request recorded = requests.get(request.getId());
        assertThat(recorded.getTriagedBy()).isEqualTo(TestCases.consultantOf(Law.JEUGDWET));
        assertThat(recorded.getTriagedAt()).isNotNull();
        assertThat(recorded.getNeeTenzijBy()).isEqualTo(TestCases.consultantOf(Law.JEUGDWET));
        assertThat(recorded.getNeeTenzijAt()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(value = Law.class, names = {"WMO", "PARTICIPATIEWET"})
    void recordsTheApplicationOnceOnADayBetweenTheNotificationAndToday(Law law) {
        LocalDate requestedOn = LocalDate.now().minusDays(10);
        Request request = cases.request(law, Referrer.SELF, Urgency.NORMAL, requestedOn);

        assertThatThrownBy(() -> requests.apply(request.getId(), requestedOn.minusDays(1), ApplicationChannel.PAPER))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.application.date");
        assertThatThrownBy(() -> requests.apply(request.getId(), LocalDate.now().plusDays(1),
                ApplicationChannel.PAPER)).isInstanceOf(InvalidInput.class).hasMessage("casework.application.date");
        assertThatThrownBy(() -> requests.apply(request.getId(), requestedOn, null))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.application.required");
        assertThatThrownBy(() -> requests.apply(request.getId(), requestedOn, ApplicationChannel.PORTAL))
                .as("only the family applies in the portal").isInstanceOf(InvalidInput.class)
                .hasMessage("casework.application.required");
        assertThat(requests.get(request.getId()).getAppliedOn()).isNull();

        requests.apply(request.getId(), requestedOn.plusDays(2), ApplicationChannel.CONVERSATION);
        Request applied = requests.get(request.getId());
        assertThat(applied.getAppliedOn()).isEqualTo(requestedOn.plusDays(2));
        assertThat(applied.getApplicationChannel()).isEqualTo(ApplicationChannel.CONVERSATION);
        assertThat(applied.getAppliedBy()).isEqualTo(TestCases.consultantOf(law));
        assertThat(applied.application()).contains(requestedOn.plusDays(2));

        assertThatThrownBy(() -> requests.apply(request.getId(), LocalDate.now(), ApplicationChannel.PAPER))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.application.already-made");
    }

    @Test
    void anExtensionAskedForAtTheEvaluationIsItsOwnApplication() {
        GrantedCare care = cases.care(Law.WMO, false, LocalDate.now().minusMonths(7), LocalDate.now().plusMonths(1));

        Request extension = steps.registerExtension(care.provisionId());

        assertThat(extension.getAppliedOn()).isEqualTo(LocalDate.now());
        assertThat(extension.getApplicationChannel()).isEqualTo(ApplicationChannel.CONVERSATION);
    }

    @Test
    void underTheJeugdwetTheRequestIsTheApplication() {
        LocalDate requestedOn = LocalDate.now().minusDays(3);
        Request request = cases.request(Law.JEUGDWET, Referrer.GP, Urgency.NORMAL, requestedOn);

        assertThatThrownBy(() -> requests.apply(request.getId(), LocalDate.now(), ApplicationChannel.PAPER))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.application.not-needed");
        assertThat(requests.get(request.getId()).application()).contains(requestedOn);
    }

    @Test
    void startsAWorkTrackOnceForAParticipationRequestWithItsAgreements() {
        LocalDate requestedOn = LocalDate.now().minusDays(2);
        Request request = cases.request(Law.PARTICIPATIEWET, Referrer.SELF, Urgency.NORMAL, requestedOn);

        assertThatThrownBy(() -> steps.startWorkTrack(request.getId(), " ", requestedOn))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.work-track.agreements.required");
        assertThatThrownBy(() -> steps.startWorkTrack(request.getId(), "Solliciteren", requestedOn.minusDays(1)))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.work-track.starts-on");
        assertThatThrownBy(() -> steps.requireWorkTrack(request.getId()))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.work-track.required");

        steps.startWorkTrack(request.getId(), "Solliciteren, twee keer per week", requestedOn.plusDays(7));
        Request started = requests.get(request.getId());
        assertThat(started.getWorkTrackAgreements()).isEqualTo("Solliciteren, twee keer per week");
        assertThat(started.getWorkTrackStartsOn()).isEqualTo(requestedOn.plusDays(7));
        assertThat(started.getWorkTrackStartedBy()).isEqualTo("daan");
        steps.requireWorkTrack(request.getId());

        assertThatThrownBy(() -> steps.startWorkTrack(request.getId(), "Nog een keer", requestedOn))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.work-track.already-started");
    }

    @ParameterizedTest
    @EnumSource(value = Law.class, names = {"JEUGDWET", "WMO"})
    void refusesAWorkTrackUnderAnotherLaw(Law law) {
        Request request = cases.request(law, Referrer.SELF, Urgency.NORMAL, LocalDate.now());

        assertThatThrownBy(() -> steps.startWorkTrack(request.getId(), "Solliciteren", LocalDate.now()))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.work-track.not-participation");
    }
}
