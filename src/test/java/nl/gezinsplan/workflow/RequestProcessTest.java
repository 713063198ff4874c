package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.ApplicationChannel;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestStatus;
import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.TriageOutcome;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** bpmn/request.bpmn: the route of a request from triage to the decision, one test per path. */
@IntegrationTest
class RequestProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    TestCases cases;

    @Autowired
    Requests requests;

    @Autowired
    RequestSteps steps;

    @Autowired
    Correlations correlations;

    @Autowired
    RequestRoute route;

    @Autowired
    StatutoryTerms terms;

    @Autowired
    UserDetailsService users;

    LocalDate today;

    @BeforeEach
    void useTheApplicationsEngine() {
        BpmnAwareTests.init(engine);
        today = EngineDates.today();
    }

    @AfterEach
    void resetClockAndCaller() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCrisisSkipsTriageAndIsResearchedWithinADayAfterItsProvisionalDecision() {
        ProcessInstance request = start(Law.WMO, Referrer.CRISIS, Urgency.CRISIS, today);
        cases.propose(requests.get(requestIdOf(request)), 2_000, 6, false);
        steps.decideProvisionally(requestIdOf(request), "Het kan niet wachten");
        complete(task(request));

        assertThat(request).isWaitingAt("research").hasNotPassed("triage");
        assertThat(task(request)).hasCandidateGroup("wmo");
        assertThat(task(request).getDueDate()).hasSameTimeAs(EngineDates.startOf(today.plusDays(1)));
    }

    @Test
    void triageClosesARequestWithAdvice() {
        ProcessInstance request = start(Law.WMO, Referrer.SELF, Urgency.NORMAL, today);
        assertThat(request).isWaitingAt("triage");
        assertThat(task(request)).hasCandidateGroup("wmo");

        triage(request, TriageOutcome.ADVICE);

        assertThat(request).isEnded().hasPassed("solvedWithoutCustomCare").hasNotPassed("research");
        assertThat(statusOf(request)).isEqualTo(RequestStatus.SOLVED_WITHOUT_CUSTOM_CARE);
    }

    @ParameterizedTest
    @EnumSource(value = Referrer.class, names = {"GP", "YOUTH_DOCTOR", "MEDICAL_SPECIALIST", "CERTIFIED_INSTITUTION"})
    void aMedicalReferralOrCourtOrderCannotBeClosedAtTriage(Referrer referrer) {
        ProcessInstance request = start(Law.JEUGDWET, referrer, Urgency.NORMAL, today);

        assertThatThrownBy(() -> triage(request, TriageOutcome.NETWORK))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.triage.binding-referral");
        assertThat(request).isWaitingAt("triage");

        triage(request, TriageOutcome.RESEARCH);
        assertThat(request).isWaitingAt("research");
    }

    @Test
    void theRouteFollowsTheTriageRecordedWithTheRequestNotTheClientsVariables() {
        ProcessInstance request = start(Law.WMO, Referrer.SELF, Urgency.NORMAL, today);
        steps.recordTriage(requestIdOf(request), TriageOutcome.RESEARCH, Set.of(), null);

        complete(task(request), withVariables("triageOutcome", "ADVICE"));

        assertThat(request).isWaitingAt("research").hasNotPassed("solvedWithoutCustomCare");
    }

    @Test
    void triageNotRecordedWithTheRequestCannotBeCompleted() {
        ProcessInstance request = start(Law.JEUGDWET, Referrer.GP, Urgency.NORMAL, today);

        assertThatThrownBy(() -> complete(task(request), withVariables("triageOutcome", "RESEARCH")))
                .hasRootCauseInstanceOf(InvalidInput.class)
                .hasRootCauseMessage("casework.request.triage.outcome.required");
        assertThat(request).isWaitingAt("triage");
    }

    @Test
    void researchWithoutItsReportCannotBeCompleted() {
        ProcessInstance request = start(Law.WMO, Referrer.SELF, Urgency.NORMAL, today);
        triage(request, TriageOutcome.RESEARCH);

        assertThatThrownBy(() -> complete(task(request)))
                .hasRootCauseInstanceOf(InvalidInput.class)
                .hasRootCauseMessage("casework.research.required");
        assertThat(request).isWaitingAt("research");
    }

    @Test
    void aRefusalRoutesOnTheReasonsRecordedWithTheRequestWithoutProcessVariables() {
        ProcessInstance request = proposed(Law.JEUGDWET);
        steps.recordNeeTenzij(requestIdOf(request), NeeTenzijOutcome.NO,
                List.of(RefusalReason.NETWORK_SUFFICES), "Steun van oma en de buurtcoach", null);

        complete(task(request));
        assertThat(request).isWaitingAt("decideRefusal");
        complete(task(request));

        assertThat(request).isEnded().hasPassed("refused");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(request.getId())
                .variableNameLike("%lternatives").count()).isZero();
    }

    @Test
    void aNeeTenzijCheckNotRecordedWithTheRequestCannotBeCompleted() {
        ProcessInstance request = proposed(Law.JEUGDWET);

        assertThatThrownBy(() -> complete(task(request), refusal()))
                .hasRootCauseInstanceOf(InvalidInput.class)
                .hasRootCauseMessage("casework.request.nee-tenzij.outcome.required");
        assertThat(request).isWaitingAt("neeTenzijCheck");
    }

    @Test
    void cheapWmoCareNeedsNoApprovalAndIsDecidedWithinTwoWeeksOfTheApplication() {
        ProcessInstance request = researched(Law.WMO, today.minusDays(10), today.minusDays(1));

        propose(request, "carla", 2_000, 6);

        assertThat(request).isWaitingAt("decide").hasPassed("approval").hasNotPassed("neeTenzijCheck");
        assertThat(historicValue(request, "approvalLevel")).isEqualTo("NONE");
        assertThat(task(request).getDueDate()).hasSameTimeAs(EngineDates.startOf(today.minusDays(1).plusWeeks(2)));
        complete(task(request));
        assertThat(request).isEnded().hasPassed("grantProvisions", "decided");
        assertThat(statusOf(request)).isEqualTo(RequestStatus.GRANTED);
    }

    @Test
    void youthCarePassingNeeTenzijGetsFourEyesFromAnotherConsultant() {
        LocalDate requestedOn = today.minusDays(10);
        ProcessInstance request = researched(Law.JEUGDWET, requestedOn);
        propose(request, "anna", 12_000, 6);

        assertThat(request).isWaitingAt("neeTenzijCheck");
        checkNeeTenzij(request, NeeTenzijOutcome.YES);

        assertThat(request).isWaitingAt("approval");
        ProcessInstance approval = calledProcessInstance(request);
        assertThat(approval).isWaitingAt("reviewProposal").hasBusinessKey(request.getBusinessKey());
        engine.getTaskService().claim(task(approval).getId(), "bram");
        complete(task(approval), withVariables("approved", true));

        assertThat(request).isWaitingAt("decide");
        assertThat(task(request).getDueDate()).hasSameTimeAs(EngineDates.startOf(requestedOn.plusWeeks(8)));
        complete(task(request));
        assertThat(request).isEnded().hasPassed("decided");
    }

    @Test
    void theApprovalRoutesOnTheProposalRecordedWithTheRequestNotOnTheClientsFacts() {
        ProcessInstance request = researched(Law.WMO, today.minusDays(10));
        recordProposal(request, "carla", 30_000, 6);

        complete(task(request), withVariables("costPerYear", 1.0, "durationMonths", 1, "residential", false,
                "proposer", "someone"));

        assertThat(request).isWaitingAt("approval");
        assertThat(calledProcessInstance(request)).isWaitingAt("approveByManager");
        assertThat(historicValue(request, "costPerYear")).isEqualTo(30_000.0);
        assertThat(historicValue(request, "proposer")).isEqualTo("carla");
    }

    @Test
    void aProposalTaskCompletedWithoutItsProposalIsRefused() {
        ProcessInstance request = researched(Law.WMO, today.minusDays(10));
        SignIn.as(users, "carla");
        engine.getTaskService().claim(task(request).getId(), "carla");

        assertThatThrownBy(() -> complete(task(request), withVariables("costPerYear", 1.0, "durationMonths", 1,
                "residential", false)))
                .hasRootCauseMessage("casework.proposal.not-recorded");
        assertThat(request).isWaitingAt("proposeProvision");
    }

    @Test
    void withoutConsentToThePlanTheRouteWaitsForTheFamily() {
        ProcessInstance request = awaitingConsent(Law.WMO);

        correlations.correlateWithFamily(Correlations.FAMILY_AGREED_TO_PLAN, (Long) historicValue(request, "familyId"));

        assertThat(request).isWaitingAt("proposeProvision").hasPassed("familyAgreedToPlan")
                .hasNotPassed("askFamilyConsent");
    }

    @Test
    void theTeamAsksAFamilyThatHasNotAgreedWithinTwoWeeks() {
        ProcessInstance request = awaitingConsent(Law.PARTICIPATIEWET);
        Job reminder = BpmnAwareTests.job("consentReminder", request);
        assertThat(reminder.getDuedate()).isCloseTo(Date.from(ClockUtil.getCurrentTime().toInstant()
                .plus(java.time.Duration.ofDays(14))), 60_000);

        BpmnAwareTests.execute(reminder);
        assertThat(task(request)).hasDefinitionKey("askFamilyConsent").hasCandidateGroup("participatie");
        complete(task(request), withVariables("familyAgreed", false));
        assertThat(request).isWaitingAt("awaitConsent");

        BpmnAwareTests.execute(BpmnAwareTests.job("consentReminder", request));
        complete(task(request), withVariables("familyAgreed", true));
        assertThat(request).isWaitingAt("proposeProvision").hasNotPassed("familyAgreedToPlan");
    }

    @Test
    void consentRecordedWhileTheTeamAsksTheFamilyMovesTheRouteOnAtOnce() {
        ProcessInstance request = awaitingConsent(Law.WMO);
        BpmnAwareTests.execute(BpmnAwareTests.job("consentReminder", request));
        assertThat(request).isWaitingAt("askFamilyConsent");

        correlations.correlateWithFamily(Correlations.FAMILY_AGREED_TO_PLAN, (Long) historicValue(request, "familyId"));

        assertThat(request).isWaitingAt("proposeProvision").hasPassed("agreedMeanwhile")
                .hasNotPassed("familyAnswer");
    }

    @Test
    void aNeeTenzijRefusalNeedsReasonsAndAlternatives() {
        ProcessInstance request = proposed(Law.JEUGDWET);

        assertThatThrownBy(() -> checkNeeTenzij(request, NeeTenzijOutcome.NO, List.of(RefusalReason.OUTSIDE_LEGAL_DUTY), null))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.nee-tenzij.refusal.incomplete");
        assertThat(request).isWaitingAt("neeTenzijCheck");

        refuse(request);
        assertThat(request).isWaitingAt("decideRefusal").hasNotPassed("approval");
        complete(task(request));
        assertThat(request).isEnded().hasPassed("refused").hasNotPassed("approval");
        assertThat(statusOf(request)).isEqualTo(RequestStatus.REFUSED);
    }

    @Test
    void aNoAtTheCheckWaitsForTheTeamToWriteUpTheRefusalWithinTheDecisionTermThenEndsRefused() {
        LocalDate requestedOn = today.minusDays(10);
        ProcessInstance request = researched(Law.JEUGDWET, requestedOn);
        propose(request, "anna", 12_000, 6);

        refuse(request);

        assertThat(request).isWaitingAt("decideRefusal").hasPassed("refusalReached", "planRefusal")
                .hasNotPassed("refused");
        assertThat(task(request)).hasCandidateGroup("jeugd").hasFormKey("decision").hasName("Afwijzing opstellen");
        StatutoryDeadline deadline = terms.deadline(Law.JEUGDWET, TermStage.DECISION, requestedOn).orElseThrow();
        assertThat(task(request).getDueDate()).hasSameTimeAs(EngineDates.startOf(deadline.due()));
        assertThat(statusOf(request)).isEqualTo(RequestStatus.OPEN);

        complete(task(request));

        assertThat(request).isEnded().hasPassed("refused").hasNotPassed("grantProvisions", "decided");
        assertThat(statusOf(request)).isEqualTo(RequestStatus.REFUSED);
    }

    @Test
    void thePanelGrantsADoubtfulCase() {
        ProcessInstance request = proposed(Law.JEUGDWET);
        checkNeeTenzij(request, NeeTenzijOutcome.DOUBT);

        assertThat(request).isWaitingAt("panelDecision");
        assertThat(task(request)).hasCandidateGroup("panel");
        assertThatThrownBy(() -> checkNeeTenzij(request, NeeTenzijOutcome.DOUBT)).as("the panel decides")
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.nee-tenzij.outcome.required");
        checkNeeTenzij(request, NeeTenzijOutcome.YES);

        assertThat(request).isWaitingAt("approval");
    }

    @Test
    void thePanelRefusesADoubtfulCaseWithAlternatives() {
        ProcessInstance request = proposed(Law.JEUGDWET);
        checkNeeTenzij(request, NeeTenzijOutcome.DOUBT);

        assertThatThrownBy(() -> checkNeeTenzij(request, NeeTenzijOutcome.NO))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.nee-tenzij.refusal.incomplete");
        refuse(request);

        assertThat(request).isWaitingAt("decideRefusal").hasPassed("panelVerdict", "refusalReached");
        assertThat(task(request)).hasCandidateGroup("jeugd");
        assertThat(statusOf(request)).isEqualTo(RequestStatus.OPEN);
        complete(task(request));
        assertThat(request).isEnded().hasPassed("refused");
        assertThat(statusOf(request)).isEqualTo(RequestStatus.REFUSED);
    }

    @Test
    void aProposalWithdrawnInApprovalEndsTheRequest() {
        ProcessInstance request = researched(Law.WMO, today);
        propose(request, "carla", 12_000, 6);
        ProcessInstance approval = calledProcessInstance(request);
        engine.getTaskService().claim(task(approval).getId(), "marieke");
        complete(task(approval), withVariables("approved", false, "reason", "Eerst het netwerk"));

        assertThat(task(approval)).isAssignedTo("carla");
        complete(task(approval), withVariables("resubmit", false));

        assertThat(request).isEnded().hasPassed("withdrawn").hasNotPassed("decide");
        assertThat(statusOf(request)).isEqualTo(RequestStatus.WITHDRAWN);
    }

    @Test
    void theResearchTermRemindsTheTeamThenEscalatesToTheManager() {
        ProcessInstance request = start(Law.WMO, Referrer.SELF, Urgency.NORMAL, today);
        triage(request, TriageOutcome.RESEARCH);
        LocalDate due = today.plusWeeks(6);

        fireWhenDue(request, "researchReminder", EngineDates.startOf(due.minusWeeks(1)));
        assertThat(request).isWaitingAt("research", "researchTermApproaching");
        assertThat(task("researchTermApproaching", request)).hasCandidateGroup("wmo");
        complete(task("researchTermApproaching", request));

        fireWhenDue(request, "researchOverdue", EngineDates.startOf(due.plusDays(1)));
        assertThat(task("researchTermExceeded", request)).hasCandidateGroup("manager-wmo");
        complete(task("researchTermExceeded", request));

        assertThat(request).isWaitingAt("research").hasPassed("researchReminded", "researchEscalated");
    }

    @Test
    void theDecisionTermRemindsTheTeamThenEscalatesToTheManager() {
        LocalDate requestedOn = today.minusDays(3);
        ProcessInstance request = researched(Law.PARTICIPATIEWET, requestedOn);
        propose(request, "daan", 1_000, 3);
        assertThat(request).isWaitingAt("decide");
        LocalDate due = requestedOn.plusWeeks(8);

        fireWhenDue(request, "decisionReminder", EngineDates.startOf(due.minusWeeks(1)));
        assertThat(task("decisionTermApproaching", request)).hasCandidateGroup("participatie");
        complete(task("decisionTermApproaching", request));
        fireWhenDue(request, "decisionOverdue", EngineDates.startOf(due.plusDays(1)));
        assertThat(task("decisionTermExceeded", request)).hasCandidateGroup("manager-participatie");
        complete(task("decisionTermExceeded", request));
        assertThat(request).hasPassed("decisionReminded", "decisionEscalated");

        complete(task("decide", request));
        assertThat(request).isEnded().hasPassed("decided");
    }

    @Test
    void anEscalationStillOpenEndsWithTheDecision() {
        ProcessInstance request = researched(Law.PARTICIPATIEWET, today);
        propose(request, "daan", 1_000, 3);
        BpmnAwareTests.execute(BpmnAwareTests.job("decisionOverdue", request));

        complete(task("decide", request));

        assertThat(request).isEnded();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"WMO, RESEARCH_REPORT", "JEUGDWET, DECISION", "PARTICIPATIEWET, DECISION"})
    void dueDatesFollowTheStatutoryTermFromTheRequest(Law law, TermStage stage) {
        LocalDate requestedOn = today.minusDays(5);
        ProcessInstance request = start(law, Referrer.SELF, Urgency.NORMAL, requestedOn);
        triage(request, TriageOutcome.RESEARCH);
        if (stage == TermStage.DECISION) {
            applyOnPaper(request, requestedOn);
            research(request);
            complete(task(request), withVariables("planAgreed", true));
            propose(request, TestCases.consultantOf(law), 1_000, 3);
            if (law == Law.JEUGDWET) {
                checkNeeTenzij(request, NeeTenzijOutcome.YES);
            }
        }

        StatutoryDeadline deadline = terms.deadline(law, stage, requestedOn).orElseThrow();
        assertThat(task(request).getDueDate()).hasSameTimeAs(EngineDates.startOf(deadline.due()));
        Job reminder = engine.getManagementService().createJobQuery().processInstanceId(request.getId())
                .activityId(stage == TermStage.DECISION ? "decisionReminder" : "researchReminder").singleResult();
        assertThat(reminder.getDuedate()).hasSameTimeAs(EngineDates.startOf(deadline.remindOn()));
    }

    @Test
    void researchUnderALawWithoutAStatutoryTermIsDueWithinTheConfiguredTerm() {
        ProcessInstance request = start(Law.JEUGDWET, Referrer.SCHOOL, Urgency.NORMAL, today);
        triage(request, TriageOutcome.RESEARCH);

        assertThat(task(request).getDueDate()).hasSameTimeAs(EngineDates.startOf(today.plusWeeks(6)));
    }

    @Test
    void underTheWmoTheRouteWaitsForTheApplicationAfterTheResearchAndRunsTheDecisionTermFromIt() {
        ProcessInstance request = start(Law.WMO, Referrer.SELF, Urgency.NORMAL, today.minusDays(20));
        triage(request, TriageOutcome.RESEARCH);
        research(request);

        assertThat(request).isWaitingAt("awaitApplication").hasPassed("applicationAwaited")
                .hasNotPassed("updatePlan");
        assertThat(route.openTaskOf(requestIdOf(request))).isEmpty();
        assertThat(engine.getRuntimeService().getVariable(request.getId(), "decisionDue")).isNull();

        requests.apply(requestIdOf(request), today.minusDays(2), ApplicationChannel.PAPER);

        assertThat(request).isWaitingAt("updatePlan").hasPassed("applicationReceived", "planApplicationDecision")
                .hasNotPassed("askForApplication");
        assertThat(engine.getRuntimeService().getVariable(request.getId(), "decisionDue"))
                .isEqualTo(EngineDates.startOf(today.minusDays(2).plusWeeks(2)));
    }

    @ParameterizedTest
    @EnumSource(value = Law.class, names = {"WMO", "PARTICIPATIEWET"})
    void anApplicationMadeBeforeTheResearchEndsLetsTheRouteGoOnAtOnce(Law law) {
        LocalDate requestedOn = today.minusDays(30);
        ProcessInstance request = start(law, Referrer.SELF, Urgency.NORMAL, requestedOn);
        triage(request, TriageOutcome.RESEARCH);
        requests.apply(requestIdOf(request), requestedOn.plusDays(1), ApplicationChannel.CONVERSATION);

        research(request);

        assertThat(request).isWaitingAt("updatePlan").hasPassed("applicationIn", "planApplicationDecision")
                .hasNotPassed("awaitApplication");
        StatutoryDeadline deadline = terms.deadline(law, TermStage.DECISION, requestedOn.plusDays(1)).orElseThrow();
        assertThat(engine.getRuntimeService().getVariable(request.getId(), "decisionDue"))
                .isEqualTo(EngineDates.startOf(deadline.due()));
    }

    @Test
    void underTheJeugdwetTheRequestIsTheApplication() {
        LocalDate requestedOn = today.minusDays(10);
        ProcessInstance request = start(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, requestedOn);
        triage(request, TriageOutcome.RESEARCH);
        assertThatThrownBy(() -> requests.apply(requestIdOf(request), today, ApplicationChannel.PAPER))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.application.not-needed");

        research(request);

        assertThat(request).isWaitingAt("updatePlan").hasPassed("applicationIn")
                .hasNotPassed("awaitApplication");
        assertThat(engine.getRuntimeService().getVariable(request.getId(), "decisionDue"))
                .isEqualTo(EngineDates.startOf(requestedOn.plusWeeks(8)));
    }

    @Test
    void theTeamAsksForAnApplicationNotMadeWithinTwoWeeksAndRecordsItOnPaper() {
        ProcessInstance request = awaitingApplication(Law.PARTICIPATIEWET);
        Job reminder = BpmnAwareTests.job("applicationReminder", request);
        assertThat(reminder.getDuedate()).isCloseTo(Date.from(ClockUtil.getCurrentTime().toInstant()
                .plus(java.time.Duration.ofDays(14))), 60_000);

        BpmnAwareTests.execute(reminder);
        assertThat(task(request)).hasDefinitionKey("askForApplication").hasCandidateGroup("participatie")
                .hasFormKey("application");
        complete(task(request), withVariables("applied", true, "appliedOn", today.toString()));
        assertThat(request).as("the route asks the request, not the client").isWaitingAt("awaitApplication")
                .hasPassed("applicationAnswer");

        BpmnAwareTests.execute(BpmnAwareTests.job("applicationReminder", request));
        SignIn.as(users, "daan");
        engine.getTaskService().claim(task(request).getId(), "daan");
        route.recordApplication(task(request).getId(), today, ApplicationChannel.PAPER);

        assertThat(request).isWaitingAt("updatePlan").hasPassed("applicationAnswer", "applicationIn")
                .hasNotPassed("appliedMeanwhile");
        assertThat(requests.get(requestIdOf(request)).getApplicationChannel()).isEqualTo(ApplicationChannel.PAPER);
        assertThat(engine.getRuntimeService().getVariable(request.getId(), "decisionDue"))
                .isEqualTo(EngineDates.startOf(today.plusWeeks(8)));
    }

    @Test
    void anApplicationWhileTheTeamAsksForItMovesTheRouteOnAtOnce() {
        ProcessInstance request = awaitingApplication(Law.WMO);
        BpmnAwareTests.execute(BpmnAwareTests.job("applicationReminder", request));
        assertThat(request).isWaitingAt("askForApplication");

        requests.apply(requestIdOf(request), today, ApplicationChannel.PAPER);

        assertThat(request).isWaitingAt("updatePlan").hasPassed("appliedMeanwhile")
                .hasNotPassed("applicationAnswer");
    }

    @Test
    void aParticipationRequestStartsItsWorkTrackAtOnceBesideTheIntake() {
        ProcessInstance request = startWithWorkTrackOpen(Law.PARTICIPATIEWET, Referrer.SELF, Urgency.NORMAL, today);

        assertThat(request).isWaitingAt("triage", "startWorkTrack");
        assertThat(task("startWorkTrack", request)).hasCandidateGroup("participatie").hasFormKey("workTrack");
        assertThat(route.openTaskOf(requestIdOf(request)).orElseThrow().taskKey()).isEqualTo("triage");
        assertThatThrownBy(() -> complete(task("startWorkTrack", request)))
                .hasRootCauseMessage("casework.work-track.required");

        String workTrack = task("startWorkTrack", request).getId();
        SignIn.as(users, "daan");
        engine.getTaskService().claim(workTrack, "daan");
        route.startWorkTrack(workTrack, "Solliciteert twee keer per week, start op een werkervaringsplek", today);

        assertThat(request).isWaitingAt("triage").hasPassed("workTrackStarted");
        assertThat(requests.get(requestIdOf(request)).getWorkTrackStartsOn()).isEqualTo(today);
    }

    @Test
    void aWorkTrackNotYetStartedEndsWithTheRequest() {
        ProcessInstance request = startWithWorkTrackOpen(Law.PARTICIPATIEWET, Referrer.SELF, Urgency.NORMAL, today);

        steps.recordTriage(requestIdOf(request), TriageOutcome.ADVICE, Set.of(), null);
        complete(task("triage", request));

        assertThat(request).isEnded().hasNotPassed("workTrackStarted");
    }

    @ParameterizedTest
    @EnumSource(value = Law.class, names = {"JEUGDWET", "WMO"})
    void onlyAParticipationRequestHasAWorkTrack(Law law) {
        ProcessInstance request = start(law, Referrer.SELF, Urgency.NORMAL, today);

        assertThat(request).isWaitingAt("triage").hasNotPassed("workTrackNeeded");
    }

    /**
     * Moves the engine clock to the timer's due date, where the job becomes executable, and executes it. The
     * application's job executor pauses meanwhile, or it would race the test for the job.
     */
    private void fireWhenDue(ProcessInstance request, String timer, Date dueAt) {
        var jobs = engine.getManagementService().createJobQuery().processInstanceId(request.getId()).activityId(timer);
        assertThat(jobs.singleResult().getDuedate()).hasSameTimeAs(dueAt);
        assertThat(jobs.executable().count()).as("not due yet").isZero();
        try {
            ClockUtil.setCurrentTime(dueAt);
            engine.getManagementService().executeJob(jobs.executable().singleResult().getId());
        } finally {
            ClockUtil.reset();
        }
    }

    /** A request on its route; under the Participatiewet its work track already started, so one task is open. */
    private ProcessInstance start(Law law, Referrer referrer, Urgency urgency, LocalDate requestedOn) {
        ProcessInstance request = startWithWorkTrackOpen(law, referrer, urgency, requestedOn);
        if (law == Law.PARTICIPATIEWET) {
            steps.startWorkTrack(requestIdOf(request), "Solliciteert twee keer per week", requestedOn);
            complete(task("startWorkTrack", request));
        }
        return request;
    }

    private ProcessInstance startWithWorkTrackOpen(Law law, Referrer referrer, Urgency urgency, LocalDate requestedOn) {
        Request registered = cases.request(law, referrer, urgency, requestedOn);
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(RequestRoute.businessKey(registered.getId())).singleResult();
    }

    /** Researched, under the Wmo and the Participatiewet applied for on the day of the request. */
    private ProcessInstance researched(Law law, LocalDate requestedOn) {
        return researched(law, requestedOn, requestedOn);
    }

    private ProcessInstance researched(Law law, LocalDate requestedOn, LocalDate appliedOn) {
        ProcessInstance request = start(law, Referrer.SELF, Urgency.NORMAL, requestedOn);
        triage(request, TriageOutcome.RESEARCH);
        applyOnPaper(request, appliedOn);
        research(request);
        assertThat(request).isWaitingAt("updatePlan");
        complete(task(request), withVariables("planAgreed", true));
        return request;
    }

    private ProcessInstance awaitingConsent(Law law) {
        ProcessInstance request = start(law, Referrer.SELF, Urgency.NORMAL, today);
        triage(request, TriageOutcome.RESEARCH);
        applyOnPaper(request, today);
        research(request);
        complete(task(request), withVariables("planAgreed", false));
        assertThat(request).isWaitingAt("awaitConsent");
        return request;
    }

    /** Researched without an application: the route waits for it. */
    private ProcessInstance awaitingApplication(Law law) {
        ProcessInstance request = start(law, Referrer.SELF, Urgency.NORMAL, today);
        triage(request, TriageOutcome.RESEARCH);
        research(request);
        assertThat(request).isWaitingAt("awaitApplication");
        return request;
    }

    private ProcessInstance proposed(Law law) {
        ProcessInstance request = researched(law, today);
        propose(request, TestCases.consultantOf(law), 12_000, 6);
        return request;
    }

    /**
     * Proposes as the proposal screen does: the provision and the proposal with its proposer recorded, then the task
     * completed without variables; the route takes the proposal's facts from the request.
     */
    private void propose(ProcessInstance request, String consultant, double costPerYear, int durationMonths) {
        recordProposal(request, consultant, costPerYear, durationMonths);
        complete(task(request));
        assertThat(historicValue(request, "proposer")).isEqualTo(consultant);
        assertThat(historicValue(request, "costPerYear")).isEqualTo(costPerYear);
    }

    private void recordProposal(ProcessInstance request, String consultant, double costPerYear, int durationMonths) {
        assertThat(request).isWaitingAt("proposeProvision");
        Request registered = requests.get(requestIdOf(request));
        SignIn.as(users, consultant);
        cases.propose(registered, costPerYear, durationMonths, false);
        steps.propose(registered.getId(), "Het netwerk kan dit niet opvangen");
        engine.getTaskService().claim(task(request).getId(), consultant);
    }

    /**
     * Triage as the triage screen does: the outcome recorded with the request by the signed-in consultant, then the
     * task completed without variables; the route takes the outcome from the request.
     */
    private void research(ProcessInstance request) {
        steps.recordResearch(requestIdOf(request), TestRoutes.findings());
        complete(task(request));
    }

    /** The consultant records the application made on paper, where the law asks for one apart from the request. */
    private void applyOnPaper(ProcessInstance request, LocalDate on) {
        Request registered = requests.get(requestIdOf(request));
        if (registered.needsApplication()) {
            requests.apply(registered.getId(), on, ApplicationChannel.PAPER);
        }
    }

    private void triage(ProcessInstance request, TriageOutcome outcome) {
        steps.recordTriage(requestIdOf(request), outcome, Set.of(), null);
        complete(task(request));
    }

    /** The "nee, tenzij" check or the panel's decision, recorded with the request, then its task completed. */
    private void checkNeeTenzij(ProcessInstance request, NeeTenzijOutcome outcome) {
        checkNeeTenzij(request, outcome, List.of(), null);
    }

    private void checkNeeTenzij(ProcessInstance request, NeeTenzijOutcome outcome, List<RefusalReason> reasons,
                                String alternatives) {
        if ("panelDecision".equals(task(request).getTaskDefinitionKey())) {
            steps.recordPanelDecision(requestIdOf(request), outcome, reasons, alternatives);
        } else {
            steps.recordNeeTenzij(requestIdOf(request), outcome, reasons, alternatives,
                    outcome == NeeTenzijOutcome.DOUBT ? "Is behandeling hier passend?" : null);
        }
        complete(task(request));
    }

    private void refuse(ProcessInstance request) {
        checkNeeTenzij(request, NeeTenzijOutcome.NO, List.of(RefusalReason.OUTSIDE_LEGAL_DUTY,
                RefusalReason.NETWORK_SUFFICES), "Ondersteuning door het netwerk en de buurtsportcoach");
    }

    /** What a client that bypasses our screens passes to the engine: a refusal as process variables. */
    private static Map<String, Object> refusal() {
        Map<String, Object> refusal = new HashMap<>();
        refusal.put("neeTenzijOutcome", "NO");
        refusal.put("refusalReasons", "OUTSIDE_LEGAL_DUTY,NETWORK_SUFFICES");
        refusal.put("alternatives", "Ondersteuning door het netwerk en de buurtsportcoach");
        return refusal;
    }

    private long requestIdOf(ProcessInstance request) {
        return (Long) historicValue(request, "requestId");
    }

    private RequestStatus statusOf(ProcessInstance request) {
        return requests.get((Long) historicValue(request, "requestId")).getStatus();
    }

    private Object historicValue(ProcessInstance request, String variable) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(request.getId()).variableName(variable).singleResult().getValue();
    }
}
