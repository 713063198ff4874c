package nl.gezinsplan.workflow;

import static nl.gezinsplan.decision.TestLetters.dutch;
import static nl.gezinsplan.decision.TestLetters.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.ApplicationChannel;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.Provision;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestStatus;
import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.decision.DecisionKind;
import nl.gezinsplan.decision.DecisionLetterSummary;
import nl.gezinsplan.decision.DecisionLetters;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * bpmn/request.bpmn, its crisis branch: a provisional decision at once, then the full route within the short crisis
 * term, whose final decision replaces the provisional grant (or whose refusal ends it).
 */
@IntegrationTest
class CrisisRouteTest {

    private static final String WHY = "Vader is opgenomen; zonder hulp thuis gaat het vandaag mis.";

    @Autowired
    ProcessEngine engine;

    @Autowired
    TestCases cases;

    @Autowired
    RequestRoute route;

    @Autowired
    RequestSteps steps;

    @Autowired
    Requests requests;

    @Autowired
    DecisionLetters letters;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    LocalDate today;

    @BeforeEach
    void useTheApplicationsEngine() {
        BpmnAwareTests.init(engine);
        today = EngineDates.today();
    }

    @AfterEach
    void signOut() {
        engine.getIdentityService().clearAuthentication();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCrisisSkipsTriageForAProvisionalDecisionDueToday() {
        Request crisis = crisis(Law.WMO, today);

        assertThat(instanceOf(crisis)).isWaitingAt("provisionalDecision").hasNotPassed("triage");
        assertThat(task(instanceOf(crisis))).hasCandidateGroup("wmo");
        assertThat(task(instanceOf(crisis)).getDueDate()).hasSameTimeAs(EngineDates.startOf(today.plusDays(1)));
    }

    @Test
    void theProvisionalDecisionCannotBeCompletedBeforeItIsRecorded() {
        Request crisis = crisis(Law.WMO, today);

        assertThatThrownBy(() -> complete(task(instanceOf(crisis))))
                .hasRootCauseMessage("casework.provisional.required");
        assertThat(instanceOf(crisis)).isWaitingAt("provisionalDecision");
    }

    @Test
    void theFinalDecisionWithinTheCrisisTermReplacesTheProvisionalGrant() {
        LocalDate requestedOn = today.minusDays(3);
        Request crisis = crisis(Law.WMO, requestedOn);
        Provision provisional = cases.propose(crisis, 2_000, 6, false);
        route.decideProvisionally(taskOf(crisis), WHY);

        ProcessInstance instance = instanceOf(crisis);
        assertThat(instance).isWaitingAt("research").hasPassed("provisionalDecision");
        assertThat(provisionOf(provisional)).isEqualTo(new Row("GRANTED", true, today.plusWeeks(4)));
        assertThat(kindsOfLetters(crisis)).containsExactly(DecisionKind.PROVISIONAL);

        steps.recordResearch(crisis.getId(), TestRoutes.findings());
        complete(task(instance));
        // under the Wmo the application follows the research; the decision term runs from it
        requests.apply(crisis.getId(), today, ApplicationChannel.PAPER);
        complete(task(instance), withVariables("planAgreed", true));
        Provision lasting = cases.propose(crisis, 2_000, 6, false);
        steps.propose(crisis.getId(), "Begeleiding thuis, nu voor een half jaar");
        complete(task(instance));

        // the Wmo's two weeks from the application (today) end later than the crisis term from the request
        LocalDate due = requestedOn.plusWeeks(2);
        assertThat(instance).isWaitingAt("decide");
        assertThat(task(instance).getDueDate()).hasSameTimeAs(EngineDates.startOf(due));
        assertThat(jobOf(instance, "decisionReminder").getDuedate()).hasSameTimeAs(EngineDates.startOf(due.minusDays(3)));
        assertThat(jobOf(instance, "decisionOverdue").getDuedate()).hasSameTimeAs(EngineDates.startOf(due.plusDays(1)));

        complete(task(instance));
        assertThat(instance).isEnded().hasPassed("grantProvisions", "decided");
        assertThat(requests.get(crisis.getId()).getStatus()).isEqualTo(RequestStatus.GRANTED);
        assertThat(provisionOf(provisional)).isEqualTo(new Row("ENDED", true, today));
        assertThat(provisionOf(lasting).status()).isEqualTo("GRANTED");
        assertThat(kindsOfLetters(crisis)).containsExactlyInAnyOrder(DecisionKind.PROVISIONAL, DecisionKind.GRANTED);
        String grant = textOf(letters.download(letterOf(crisis, DecisionKind.GRANTED).id()).content());
        assertThat(grant).as("the final decision grants what it decided, not the provisional care it replaces")
                .contains("tot en met " + dutch(today.plusMonths(6).minusDays(1)))
                .doesNotContain("tot en met " + dutch(today.plusWeeks(4)));
    }

    @Test
    void aRefusalAfterTheProvisionalDecisionEndsTheProvisionalGrant() {
        Request crisis = crisis(Law.JEUGDWET, today);
        Provision provisional = cases.propose(crisis, 2_000, 6, false);
        route.decideProvisionally(taskOf(crisis), WHY);
        ProcessInstance instance = instanceOf(crisis);
        steps.recordResearch(crisis.getId(), TestRoutes.findings());
        complete(task(instance));
        complete(task(instance), withVariables("planAgreed", true));
        cases.propose(crisis, 12_000, 6, false);
        steps.propose(crisis.getId(), "Begeleiding thuis");
        complete(task(instance));
        steps.recordNeeTenzij(crisis.getId(), NeeTenzijOutcome.NO, List.of(RefusalReason.NETWORK_SUFFICES),
                "Oma komt bij het gezin wonen", null);
        complete(task(instance));

        // Jeugdwet: eight weeks from the request, so the crisis term of two weeks applies
        assertThat(instance).isWaitingAt("decideRefusal");
        assertThat(task(instance).getDueDate()).hasSameTimeAs(EngineDates.startOf(today.plusWeeks(2)));
        complete(task(instance));

        assertThat(instance).isEnded().hasPassed("refused");
        assertThat(provisionOf(provisional)).isEqualTo(new Row("ENDED", true, today));
        assertThat(kindsOfLetters(crisis)).containsExactlyInAnyOrder(DecisionKind.PROVISIONAL, DecisionKind.REFUSED);
    }

    private Request crisis(Law law, LocalDate requestedOn) {
        Request request = cases.request(law, Referrer.CRISIS, Urgency.CRISIS, requestedOn);
        SignIn.as(users, TestCases.consultantOf(law));
        return request;
    }

    private DecisionLetterSummary letterOf(Request request, DecisionKind kind) {
        return letters.lettersOf(request.getFamilyId()).stream().filter(letter -> letter.kind() == kind).findFirst()
                .orElseThrow();
    }

    private ProcessInstance instanceOf(Request request) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(RequestRoute.businessKey(request.getId())).singleResult();
    }

    private String taskOf(Request request) {
        return route.openTaskOf(request.getId()).orElseThrow().taskId();
    }

    private Job jobOf(ProcessInstance instance, String timer) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(timer)
                .singleResult();
    }

    private List<DecisionKind> kindsOfLetters(Request request) {
        return letters.lettersOf(request.getFamilyId()).stream().map(DecisionLetterSummary::kind).toList();
    }

    private Row provisionOf(Provision provision) {
        return jdbc.sql("select status, provisional, allocation_end from provision where id = :id")
                .param("id", provision.getId())
                .query((rs, row) -> new Row(rs.getString("status"), rs.getBoolean("provisional"),
                        rs.getObject("allocation_end", LocalDate.class)))
                .single();
    }

    record Row(String status, boolean provisional, LocalDate allocationEnd) {
    }
}
