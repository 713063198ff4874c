package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.ApprovalLevel;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.Provision;
import nl.gezinsplan.casework.ProvisionLine;
import nl.gezinsplan.casework.ProvisionStatus;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestStatus;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.TriageOutcome;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.plan.AgreementChannel;
import nl.gezinsplan.plan.Plans;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The route as the screens drive it: signed-in users complete tasks through our interface with typed outcomes, the
 * case data lands in our tables and the engine routes.
 */
@IntegrationTest
class RequestRouteTest {

    @Autowired
    RequestRoute route;

    @Autowired
    Workflow workflow;

    @Autowired
    Inbox inbox;

    @Autowired
    Requests requests;

    @Autowired
    Provisions provisions;

    @Autowired
    Plans plans;

    @Autowired
    FamilyAccess access;

    @Autowired
    TestCases cases;

    @Autowired
    TestRoutes routes;

    @Autowired
    ProcessEngine engine;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aYouthCareRequestIsGrantedAndItsCareAndPerspectiveTalkArePlanned() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SCHOOL, Urgency.NORMAL, LocalDate.now());
        route.triage(taskOf(request), TriageOutcome.RESEARCH, Set.of(), "Zorgen over schoolverzuim");
        route.completeResearch(taskOf(request), TestRoutes.findings());
        plans.save(request.getFamilyId(), TestRoutes.planWithAGoal(request));
        route.completePlanUpdate(taskOf(request));
        assertThat(activityOf(request)).as("waits for the family's consent").isEqualTo("awaitConsent");

        plans.recordAgreementOnPaper(request.getFamilyId());
        assertThat(taskKeyOf(request)).isEqualTo("proposeProvision");
        Provision proposed = cases.propose(request, 12_000, 6, false);
        route.completeProposal(taskOf(request), "Passend bij wat het gezin nodig heeft");
        route.checkNeeTenzij(taskOf(request), NeeTenzijOutcome.YES, List.of(), null, null);

        as("bram");
        String review = approvalTaskOf(request);
        inbox.claim(review);
        workflow.complete(review, Verdict.approve());
        as("anna");
        route.decide(taskOf(request), "Hulp op maat is nodig.");

        Request decided = requests.get(request.getId());
        assertThat(decided.getStatus()).isEqualTo(RequestStatus.GRANTED);
        assertThat(decided.getTriageOutcome()).isEqualTo(TriageOutcome.RESEARCH);
        assertThat(decided.getProposedOn()).isNotNull();
        assertThat(requests.verdictsOf(request.getId())).singleElement().satisfies(verdict -> {
            assertThat(verdict.level()).isEqualTo(ApprovalLevel.FOUR_EYES);
            assertThat(verdict.decidedBy()).isEqualTo("bram");
            assertThat(verdict.approved()).isTrue();
        });
        assertThat(provisions.ofFamily(request.getFamilyId())).singleElement()
                .extracting(ProvisionLine::status).isEqualTo(ProvisionStatus.GRANTED);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(ProvisionRoute.businessKey(proposed.getId())).count())
                .as("the provision's meetings").isOne();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("perspectiveTalk")
                .processInstanceBusinessKey("person-" + request.getPersonId()).count())
                .as("the youth's perspective talk").isOne();
    }

    @Test
    void aRefusalRecordsItsReasonsAndAlternativesAndGrantsNothing() {
        Request request = proposed(Law.JEUGDWET);

        route.checkNeeTenzij(taskOf(request), NeeTenzijOutcome.NO,
                List.of(RefusalReason.NETWORK_SUFFICES), "Steun van oma en de buurtcoach", null);
        assertThat(taskKeyOf(request)).isEqualTo("decideRefusal");
        assertThat(requests.get(request.getId()).getStatus()).as("until the refusal is issued").isEqualTo(RequestStatus.OPEN);
        route.decide(taskOf(request), "Het netwerk van het gezin kan deze hulp bieden.");

        Request refused = requests.get(request.getId());
        assertThat(refused.getStatus()).isEqualTo(RequestStatus.REFUSED);
        assertThat(refused.refusalReasons()).containsExactly(RefusalReason.NETWORK_SUFFICES);
        assertThat(refused.getAlternatives()).isEqualTo("Steun van oma en de buurtcoach");
        assertThat(provisions.ofFamily(request.getFamilyId())).singleElement()
                .extracting(ProvisionLine::status).isEqualTo(ProvisionStatus.NOT_GRANTED);
    }

    @Test
    void theRequestRefusesARefusalWithoutAlternativesAndNothingIsRecorded() {
        Request request = proposed(Law.JEUGDWET);

        assertThatThrownBy(() -> route.checkNeeTenzij(taskOf(request), NeeTenzijOutcome.NO,
                List.of(RefusalReason.NETWORK_SUFFICES), " ", null))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.nee-tenzij.refusal.incomplete");

        assertThat(requests.get(request.getId()).getNeeTenzijOutcome()).isNull();
        assertThat(taskKeyOf(request)).isEqualTo("neeTenzijCheck");
    }

    @Test
    void thePanelMayReadTheFamilyOnlyWhileTheRequestWaitsForIt() {
        Request request = proposed(Law.JEUGDWET);
        as("petra");
        assertThat(access.mayRead(request.getFamilyId())).isFalse();

        as("anna");
        route.checkNeeTenzij(taskOf(request), NeeTenzijOutcome.DOUBT, List.of(), null, "Is deze hulp passend?");
        as("petra");
        assertThat(access.mayRead(request.getFamilyId())).isTrue();
        route.checkNeeTenzij(taskOf(request), NeeTenzijOutcome.YES, List.of(), null, null);

        assertThat(access.mayRead(request.getFamilyId())).isFalse();
        as("anna");
        assertThat(requests.get(request.getId()).getPanelOutcome()).isEqualTo(NeeTenzijOutcome.YES);
        assertThat(activityOf(request)).isEqualTo("approval");
    }

    @Test
    void aBindingReferralClosedAtTriageIsRefusedAndNothingIsRecorded() {
        Request request = cases.request(Law.JEUGDWET, Referrer.GP, Urgency.NORMAL, LocalDate.now());

        assertThatThrownBy(() -> route.triage(taskOf(request), TriageOutcome.ADVICE, Set.of(), "Advies gegeven"))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.triage.binding-referral");

        assertThat(requests.get(request.getId()).getTriageOutcome()).isNull();
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.OPEN);
    }

    @Test
    void onlyWhoeverHasTheTaskMayCompleteIt() {
        Request request = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        String triage = taskOf(request);

        as("anna");
        assertThatThrownBy(() -> route.triage(triage, TriageOutcome.ADVICE, Set.of(), null))
                .as("a consultant of another team").isInstanceOf(RuntimeException.class);
        as("carla");
        route.triage(triage, TriageOutcome.ADVICE, Set.of(), "Verwezen naar de wijkvoorziening");

        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.SOLVED_WITHOUT_CUSTOM_CARE);
        assertThatThrownBy(() -> route.triage(triage, TriageOutcome.ADVICE, Set.of(), null)).isInstanceOf(TaskGone.class);
    }

    @Test
    void aProposalNeedsAProvisionOfTheRequestsLaw() {
        Request request = routes.consented(Law.WMO);

        assertThatThrownBy(() -> route.completeProposal(taskOf(request), "Passend bij wat het gezin nodig heeft"))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.proposal.empty");
        assertThat(taskKeyOf(request)).isEqualTo("proposeProvision");
    }

    private Request proposed(Law law) {
        Request request = routes.consented(law);
        cases.propose(request, 30_000, 12, false);
        route.completeProposal(taskOf(request), "Passend bij wat het gezin nodig heeft");
        return request;
    }

    @Test
    void consentRecordedByTheConsultantInAConversationMovesTheWaitingRouteOnAtOnce() {
        Request request = routes.awaitingConsent(Law.WMO);
        assertThat(activityOf(request)).isEqualTo("awaitConsent");
        int number = plans.current(request.getFamilyId()).orElseThrow().number();

        plans.recordConsent(request.getFamilyId(), number, AgreementChannel.CONVERSATION);

        assertThat(activityOf(request)).isEqualTo("proposeProvision");
        assertThat(plans.currentVersionAgreed(request.getFamilyId())).isTrue();
    }

    @Test
    void consentIsRecordedOnlyOnPaperOrInAConversationAndOnlyForTheLatestVersion() {
        Request request = routes.awaitingConsent(Law.WMO);
        int number = plans.current(request.getFamilyId()).orElseThrow().number();

        assertThatThrownBy(() -> plans.recordConsent(request.getFamilyId(), number, AgreementChannel.PORTAL))
                .isInstanceOf(InvalidInput.class).hasMessage("plan.agreement.channel.required");
        assertThatThrownBy(() -> plans.recordConsent(request.getFamilyId(), number, null))
                .isInstanceOf(InvalidInput.class).hasMessage("plan.agreement.channel.required");
        assertThatThrownBy(() -> plans.recordConsent(request.getFamilyId(), number - 1, AgreementChannel.PAPER))
                .isInstanceOf(InvalidInput.class).hasMessage("plan.agreement.not-current");

        assertThat(plans.currentVersionAgreed(request.getFamilyId())).isFalse();
        assertThat(activityOf(request)).isEqualTo("awaitConsent");
    }

    @Test
    void anotherTeamsConsultantCannotRecordTheFamilysConsent() {
        Request request = routes.awaitingConsent(Law.WMO);
        int number = plans.current(request.getFamilyId()).orElseThrow().number();
        as("daan");

        assertThatThrownBy(() -> plans.recordConsent(request.getFamilyId(), number, AgreementChannel.PAPER))
                .isInstanceOf(AccessDeniedException.class);
        as("carla");
        assertThat(plans.currentVersionAgreed(request.getFamilyId())).isFalse();
    }

    private String taskOf(Request request) {
        return task(request).getId();
    }

    private String taskKeyOf(Request request) {
        return task(request).getTaskDefinitionKey();
    }

    private Task task(Request request) {
        return engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(RequestRoute.businessKey(request.getId())).singleResult();
    }

    private String approvalTaskOf(Request request) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey("approval")
                .processInstanceBusinessKey(RequestRoute.businessKey(request.getId())).singleResult().getId();
    }

    private String activityOf(Request request) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(RequestRoute.businessKey(request.getId()))
                .processDefinitionKey(RequestRoute.PROCESS).singleResult().getId();
        return engine.getRuntimeService().getActiveActivityIds(instance).get(0);
    }

    private void as(String username) {
        SignIn.as(users, username);
    }
}
