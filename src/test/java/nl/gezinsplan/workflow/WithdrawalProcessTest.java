package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.TestClock;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.ProvisionStatus;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestDraft;
import nl.gezinsplan.casework.RequestStatus;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.TermSuspension;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.TriageOutcome;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * bpmn/request.bpmn, its event subprocess stopRoute: the family withdraws a request, or the consultant closes it
 * without a decision, wherever the route is; a manager of its team reopens it within the period, and the route goes on
 * where it stopped without counting the days it was closed.
 */
@IntegrationTest
class WithdrawalProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    RequestRoute route;

    @Autowired
    TestRoutes routes;

    @Autowired
    TestCases cases;

    @Autowired
    TestMembers members;

    @Autowired
    Requests requests;

    @Autowired
    Provisions provisions;

    @Autowired
    Inbox inbox;

    @Autowired
    Workflow workflow;

    @Autowired
    TestClock clock;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void useTheApplicationsEngine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClocksAndCaller() {
        clock.reset();
        ClockUtil.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFamilyWithdrawsInThePortalAndTheRouteEndsAtOnceWithItsReminders() {
        Request request = routes.inResearch(Law.JEUGDWET);
        ProcessInstance instance = instanceOf(request);
        fire(instance, "researchReminder");
        assertThat(instance).isWaitingAt("research", "researchTermApproaching");

        SignIn.as(users, members.portalLogin(members.parentOf(request.getFamilyId())));
        route.withdraw(request.getId(), null);

        assertThat(instance).isEnded().hasPassed("requestStopped", "howStopped", "withdrawnByFamily")
                .hasNotPassed("updatePlan", "closedWithoutDecision");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        SignIn.as(users, "anna");
        Request withdrawn = requests.get(request.getId());
        assertThat(withdrawn.getStatus()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(withdrawn.isWithdrawnInPortal()).isTrue();
        assertThat(withdrawn.getClosedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(withdrawn.getClosedBy()).startsWith("lid-");
        assertThat(timeline(request)).contains("audit.request.withdrawn");
    }

    @Test
    void aMemberOfAnotherFamilyCannotWithdraw() {
        Request request = routes.inResearch(Law.JEUGDWET);
        Request other = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        SignIn.as(users, members.portalLogin(members.parentOf(other.getFamilyId())));

        assertThatThrownBy(() -> route.withdraw(request.getId(), null)).isInstanceOf(AccessDeniedException.class);
        assertThat(instanceOf(request)).isWaitingAt("research");
    }

    @Test
    void theConsultantRecordsAWithdrawalWithItsReason() {
        Request request = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        ProcessInstance instance = instanceOf(request);
        assertThat(instance).isWaitingAt("triage");

        route.withdraw(request.getId(), "Moeder belde: het gaat weer goed");

        assertThat(instance).isEnded().hasPassed("withdrawnByFamily").hasNotPassed("solvedWithoutCustomCare");
        Request withdrawn = requests.get(request.getId());
        assertThat(withdrawn.getStatus()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(withdrawn.isWithdrawnInPortal()).isFalse();
        assertThat(withdrawn.getCloseReason()).isEqualTo("Moeder belde: het gaat weer goed");
        assertThat(withdrawn.getClosedBy()).isEqualTo("carla");
        assertThatThrownBy(() -> route.withdraw(request.getId(), null))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.closed");
    }

    @Test
    void theConsultantClosesWithoutDecisionOnlyWithAReasonAndWhatWasProposedIsNotGranted() {
        Request request = routes.atManagerApprovalAfterThePanel();
        ProcessInstance instance = instanceOf(request);

        assertThatThrownBy(() -> route.closeWithoutDecision(request.getId(), " "))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.close-reason.required");
        assertThat(instance).isWaitingAt("approval");

        route.closeWithoutDecision(request.getId(), "Gezin verhuisd naar een andere gemeente");

        assertThat(instance).isEnded().hasPassed("closedWithoutDecision").hasNotPassed("withdrawnByFamily", "decide");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(RequestRoute.businessKey(request.getId())).count())
                .as("the approval ends with the route").isZero();
        Request closed = requests.get(request.getId());
        assertThat(closed.getStatus()).isEqualTo(RequestStatus.CLOSED_WITHOUT_DECISION);
        assertThat(closed.getCloseReason()).isEqualTo("Gezin verhuisd naar een andere gemeente");
        assertThat(provisionStatuses(request)).containsOnly(ProvisionStatus.NOT_GRANTED);
        assertThat(timeline(request)).contains("audit.request.closed-without-decision");
    }

    @Test
    void aManagerReopensAndTheResearchGoesOnWithItsTermMovedByTheDaysClosed() {
        Request request = routes.inResearch(Law.JEUGDWET);
        Date researchDue = task(instanceOf(request)).getDueDate();
        route.withdraw(request.getId(), "Wil eerst zelf iets proberen");

        clock.moveTo(LocalDate.now().plusDays(10));
        ClockUtil.setCurrentTime(EngineDates.startOf(LocalDate.now(clock)));
        SignIn.as(users, "marieke");
        route.reopen(request.getId());

        ProcessInstance reopened = instanceOf(request);
        assertThat(reopened).isWaitingAt("research").hasNotPassed("triage", "planResearch");
        LocalDate movedDue = EngineDates.dayOf(researchDue).plusDays(10);
        assertThat(task(reopened).getDueDate()).hasSameTimeAs(EngineDates.startOf(movedDue));
        assertThat(timerDue(reopened, "researchOverdue")).hasSameTimeAs(EngineDates.startOf(movedDue.plusDays(1)));
        Request open = requests.get(request.getId());
        assertThat(open.getStatus()).isEqualTo(RequestStatus.OPEN);
        assertThat(open.getClosedOn()).isNull();
        assertThat(open.getReopenedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(open.getReopenedBy()).isEqualTo("marieke");
        List<TermSuspension> closedPeriods = requests.closedPeriodsOf(request.getId());
        assertThat(closedPeriods).singleElement().satisfies(closed -> {
            assertThat(closed.getStartedOn()).isEqualTo(LocalDate.now(clock).minusDays(10));
            assertThat(closed.getEndedOn()).isEqualTo(LocalDate.now(clock));
            assertThat(closed.getEndedBy()).isEqualTo("marieke");
            assertThat(closed.suspendedDays()).isEqualTo(10);
            assertThat(closed.getReason()).as("not a suspension asked of the family").isNull();
        });
        assertThat(timeline(request)).contains("audit.request.withdrawn", "audit.request.reopened");
    }

    @Test
    void aTermPlannedAfterTheReopeningLeavesOutTheDaysClosed() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        route.withdraw(request.getId(), null);
        clock.moveTo(LocalDate.now().plusDays(7));
        ClockUtil.setCurrentTime(EngineDates.startOf(LocalDate.now(clock)));
        SignIn.as(users, "marieke");
        route.reopen(request.getId());
        assertThat(instanceOf(request)).isWaitingAt("triage");

        SignIn.as(users, "anna");
        route.triage(routes.taskOf(request), TriageOutcome.RESEARCH, Set.of(), null);

        Date planned = task(instanceOf(request)).getDueDate();
        Request neverClosed = routes.inResearch(Law.JEUGDWET);
        assertThat(EngineDates.dayOf(planned))
                .isEqualTo(EngineDates.dayOf(task(instanceOf(neverClosed)).getDueDate()).plusDays(7));
    }

    @Test
    void aRequestReopenedAtItsApprovalIsJudgedAgainOnWhatWasProposed() {
        Request request = routes.atManagerApprovalAfterThePanel();
        route.closeWithoutDecision(request.getId(), "Geen contact meer met het gezin");
        SignIn.as(users, "marieke");

        route.reopen(request.getId());

        ProcessInstance reopened = instanceOf(request);
        assertThat(reopened).isWaitingAt("approval");
        assertThat(provisionStatuses(request)).containsOnly(ProvisionStatus.PROPOSED);
        assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("approval")
                .processInstanceBusinessKey(RequestRoute.businessKey(request.getId())).singleResult()
                .getTaskDefinitionKey()).isEqualTo(ModelIds.APPROVE_BY_MANAGER);
    }

    @Test
    void aRequestWithdrawnAtItsApprovalIsReopenedAtItsProposal() {
        Request request = routes.atManagerApprovalAfterThePanel();
        SignIn.as(users, "marieke");
        String approval = engine.getTaskService().createTaskQuery().processDefinitionKey("approval")
                .processInstanceBusinessKey(RequestRoute.businessKey(request.getId())).singleResult().getId();
        inbox.claim(approval);
        workflow.complete(approval, Verdict.reject("Eerst het netwerk vragen"));
        SignIn.as(users, "anna");
        route.withdrawProposal(routes.taskOf(request));
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.WITHDRAWN);

        SignIn.as(users, "marieke");
        route.reopen(request.getId());

        assertThat(instanceOf(request)).isWaitingAt("proposeProvision");
        assertThat(provisionStatuses(request)).containsOnly(ProvisionStatus.PROPOSED);
    }

    @Test
    void theTeamKeepsTheFamilyWhileItsManagerMayReopenTheRequest() {
        Request wmo = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        Request work = requests.register(wmo.getFamilyId(), new RequestDraft(wmo.getPersonId(), Law.PARTICIPATIEWET,
                Referrer.SELF, Urgency.NORMAL, LocalDate.now(), "Werk en inkomen"));
        route.withdraw(work.getId(), null);
        SignIn.as(users, "mohamed");

        route.reopen(work.getId());

        assertThat(instanceOf(work)).isWaitingAt("triage", ModelIds.START_WORK_TRACK);
    }

    @Test
    void refusesToReopenAfterThePeriod() {
        Request request = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        route.withdraw(request.getId(), null);
        clock.moveTo(LocalDate.now().plusMonths(3).plusDays(1));
        SignIn.as(users, "marieke");

        assertThatThrownBy(() -> route.reopen(request.getId()))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.reopen.too-late");
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(denials(request)).isEqualTo(1);
    }

    @Test
    void refusesReopeningByAConsultantOrAManagerOfAnotherTeam() {
        Request request = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        route.withdraw(request.getId(), null);

        assertThatThrownBy(() -> route.reopen(request.getId()))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.reopen.not-manager");
        SignIn.as(users, "mohamed");
        assertThatThrownBy(() -> route.reopen(request.getId()))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.reopen.not-manager");
        assertThat(denials(request)).isEqualTo(2);
        SignIn.as(users, "marieke");
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.WITHDRAWN);
    }

    @Test
    void refusesToReopenADecidedOrOpenRequest() {
        Request solved = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        route.triage(routes.taskOf(solved), TriageOutcome.ADVICE, Set.of(), null);
        Request open = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        SignIn.as(users, "marieke");

        assertThatThrownBy(() -> route.reopen(solved.getId()))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.reopen.decided");
        assertThatThrownBy(() -> route.reopen(open.getId()))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.reopen.open");
    }

    private ProcessInstance instanceOf(Request request) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ModelIds.REQUEST)
                .processInstanceBusinessKey(RequestRoute.businessKey(request.getId())).singleResult();
    }

    private org.camunda.bpm.engine.task.Task task(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKeyIn("research", "triage", "proposeProvision").singleResult();
    }

    private Date timerDue(ProcessInstance instance, String timer) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(timer)
                .singleResult().getDuedate();
    }

    private void fire(ProcessInstance instance, String timer) {
        var job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(timer).singleResult();
        ClockUtil.setCurrentTime(job.getDuedate());
        try {
            engine.getManagementService().executeJob(job.getId());
        } finally {
            ClockUtil.reset();
        }
    }

    private List<ProvisionStatus> provisionStatuses(Request request) {
        return jdbc.sql("select status from provision where request_id = :id").param("id", request.getId())
                .query((rs, row) -> ProvisionStatus.valueOf(rs.getString("status"))).list();
    }

    private List<String> timeline(Request request) {
        return jdbc.sql("select subject from audit_event where family_id = :id and action <> 'READ' order by id")
                .param("id", request.getFamilyId()).query(String.class).list();
    }

    private long denials(Request request) {
        return jdbc.sql("select count(*) from audit_event where family_id = :id and action = :denied and subject = :s")
                .param("id", request.getFamilyId()).param("denied", AuditAction.DENIED.name())
                .param("s", "audit.request.reopened").query(Long.class).single();
    }
}
