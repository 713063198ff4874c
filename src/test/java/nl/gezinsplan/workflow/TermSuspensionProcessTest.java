package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.TestClock;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.casefile.DocumentKind;
import nl.gezinsplan.casefile.TestDocuments;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.SuspensionEnd;
import nl.gezinsplan.casework.TermChanges;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.portal.Questions;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * bpmn/term-suspension.bpmn and what {@link TermClock} does to a request's route: a suspended term's timers wait,
 * and resumed (by the consultant, by the family's answer in the portal, or when the until-date passes) they move by
 * the suspended days; an extension moves the running term; a term planned later counts both.
 */
@IntegrationTest
class TermSuspensionProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    TermClock termClock;

    @Autowired
    TestRoutes routes;

    @Autowired
    RequestRoute route;

    @Autowired
    TestCases cases;

    @Autowired
    TermChanges changes;

    @Autowired
    Inbox inbox;

    @Autowired
    CaseDocuments documents;

    @Autowired
    Questions questions;

    @Autowired
    TestMembers members;

    @Autowired
    TestClock clock;

    @Autowired
    UserDetailsService users;

    LocalDate today;

    @BeforeEach
    void useTheApplicationsEngine() {
        BpmnAwareTests.init(engine);
        today = EngineDates.today();
    }

    @AfterEach
    void resetClocksAndCaller() {
        ClockUtil.reset();
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSuspendedTermsTimersWaitAndMoveByTheSuspendedDaysWhenTheConsultantResumes() {
        Request request = routes.inResearch(Law.WMO);
        ProcessInstance requestRoute = routeOf(request);
        LocalDate due = today.plusWeeks(6);

        termClock.suspend(request.getId(), "Verslag van de school nodig", "Het verslag van de school",
                today.plusWeeks(2));

        assertThat(termTimers(requestRoute)).as("held off past the until-date").hasSize(2)
                .allMatch(job -> job.getDuedate().after(EngineDates.startOf(today.plusWeeks(2))));
        assertThat(inbox.task(routes.taskOf(request)).orElseThrow().suspendedUntil())
                .isEqualTo(EngineDates.startOf(today.plusWeeks(2)).toInstant());
        ProcessInstance suspension = suspensionOf(request);
        assertThat(suspension).isWaitingFor(Correlations.TERM_RESUMED);

        clock.moveTo(today.plusDays(5));
        termClock.resume(request.getId());

        assertThat(suspension).isEnded().hasPassed("termResumed", "resumed").hasNotPassed("resumeTerm");
        assertThat(changes.suspensionsOf(request.getId()).get(0).getEndedHow()).isEqualTo(SuspensionEnd.CONSULTANT);
        assertTermMovedTo(requestRoute, "research", due.plusDays(5), due.plusDays(5).minusWeeks(1));
        assertThat(inbox.task(routes.taskOf(request)).orElseThrow().suspendedUntil()).isNull();
    }

    @Test
    void theTermResumesItselfTheDayAfterAnUnansweredUntilDate() {
        Request request = routes.inResearch(Law.WMO);
        ProcessInstance requestRoute = routeOf(request);
        LocalDate due = today.plusWeeks(6);
        termClock.suspend(request.getId(), "Inkomensgegevens nodig", "De loonstroken van drie maanden",
                today.plusDays(10));
        ProcessInstance suspension = suspensionOf(request);
        SecurityContextHolder.clearContext();

        Job untilPassed = BpmnAwareTests.job("untilPassed", suspension);
        assertThat(untilPassed.getDuedate()).hasSameTimeAs(EngineDates.startOf(today.plusDays(11)));
        ClockUtil.setCurrentTime(untilPassed.getDuedate());
        engine.getManagementService().executeJob(untilPassed.getId());

        assertThat(suspension).isEnded().hasPassed("untilPassed", "resumeTerm", "resumedAfterDate");
        assertTermMovedTo(requestRoute, "research", due.plusDays(11), due.plusDays(11).minusWeeks(1));
        SignIn.as(users, TestCases.consultantOf(Law.WMO));
        assertThat(changes.suspensionsOf(request.getId()).get(0).getEndedHow())
                .isEqualTo(SuspensionEnd.UNTIL_PASSED);
    }

    @Test
    void aSuspensionRunningWhenTheRequestIsWithdrawnEndsWithIt() {
        Request request = routes.inResearch(Law.WMO);
        termClock.suspend(request.getId(), "Verslag van de school nodig", "Het verslag van de school",
                today.plusWeeks(2));
        ProcessInstance suspension = suspensionOf(request);
        clock.moveTo(today.plusDays(4));

        route.withdraw(request.getId(), null);

        assertThat(changes.suspensionsOf(request.getId())).singleElement().satisfies(ended -> {
            assertThat(ended.getEndedHow()).isEqualTo(SuspensionEnd.CLOSED);
            assertThat(ended.getEndedOn()).isEqualTo(today.plusDays(4));
        });
        // its until-date passing later finds nothing to resume and changes nothing
        SecurityContextHolder.clearContext();
        Job untilPassed = BpmnAwareTests.job("untilPassed", suspension);
        ClockUtil.setCurrentTime(untilPassed.getDuedate());
        engine.getManagementService().executeJob(untilPassed.getId());
        assertThat(suspension).isEnded();
        SignIn.as(users, TestCases.consultantOf(Law.WMO));
        assertThat(changes.suspensionsOf(request.getId())).singleElement()
                .satisfies(ended -> assertThat(ended.getEndedOn()).isEqualTo(today.plusDays(4)));
    }

    @Test
    void aDocumentTheFamilySendsInThePortalResumesTheTerm() {
        Request request = routes.inResearch(Law.WMO);
        ProcessInstance requestRoute = routeOf(request);
        LocalDate due = today.plusWeeks(6);
        termClock.suspend(request.getId(), "Verwijzing nodig", "De verwijsbrief van de huisarts", today.plusWeeks(2));
        ProcessInstance suspension = suspensionOf(request);

        clock.moveTo(today.plusDays(3));
        SignIn.as(users, members.portalLogin(members.parentOf(request.getFamilyId())));
        documents.uploadByMember(DocumentKind.REFERRAL_LETTER, "Van de huisarts", "verwijzing.pdf",
                TestDocuments.pdf("Verwijzing"));

        assertThat(suspension).isEnded().hasPassed("termResumed");
        assertTermMovedTo(requestRoute, "research", due.plusDays(3), due.plusDays(3).minusWeeks(1));
        SignIn.as(users, TestCases.consultantOf(Law.WMO));
        assertThat(changes.suspensionsOf(request.getId()).get(0).getEndedHow()).isEqualTo(SuspensionEnd.FAMILY);
    }

    @Test
    void aQuestionOfTheFamilyInThePortalResumesTheTerm() {
        Request request = routes.inResearch(Law.WMO);
        termClock.suspend(request.getId(), "Gegevens nodig", "Wie er in huis woont", today.plusWeeks(2));
        ProcessInstance suspension = suspensionOf(request);

        SignIn.as(users, members.portalLogin(members.parentOf(request.getFamilyId())));
        questions.send("Mijn moeder woont sinds maart bij ons.");

        assertThat(suspension).isEnded().hasPassed("termResumed");
        assertThat(BpmnAwareTests.job("researchReminder", routeOf(request)).getDuedate())
                .hasSameTimeAs(EngineDates.startOf(today.plusWeeks(5)));
    }

    @Test
    void aTermPlannedAfterASuspensionCountsWithoutTheSuspendedDays() {
        Request request = cases.request(Law.JEUGDWET, nl.gezinsplan.casework.Referrer.SELF,
                nl.gezinsplan.casework.Urgency.NORMAL, today);
        ProcessInstance requestRoute = routeOf(request);
        termClock.suspend(request.getId(), "Gegevens nodig", "Het verslag van de school", today.plusWeeks(2));
        clock.moveTo(today.plusDays(4));
        termClock.resume(request.getId());
        clock.reset();

        route.triage(routes.taskOf(request), nl.gezinsplan.casework.TriageOutcome.RESEARCH, java.util.Set.of(), null);
        assertThat(BpmnAwareTests.task(requestRoute).getDueDate())
                .hasSameTimeAs(EngineDates.startOf(today.plusWeeks(6).plusDays(4)));
        toDecision(request);

        assertThat(BpmnAwareTests.task("decide", requestRoute).getDueDate())
                .hasSameTimeAs(EngineDates.startOf(today.plusWeeks(8).plusDays(4)));
    }

    @Test
    void aTermPlannedWhileSuspendedMovesByTheWholeSuspensionWhenItResumes() {
        Request request = cases.request(Law.WMO, nl.gezinsplan.casework.Referrer.SELF,
                nl.gezinsplan.casework.Urgency.NORMAL, today);
        ProcessInstance requestRoute = routeOf(request);
        termClock.suspend(request.getId(), "Gegevens nodig", "Wie er in huis woont", today.plusWeeks(2));
        route.triage(routes.taskOf(request), nl.gezinsplan.casework.TriageOutcome.RESEARCH, java.util.Set.of(), null);

        clock.moveTo(today.plusDays(5));
        termClock.resume(request.getId());

        assertTermMovedTo(requestRoute, "research", today.plusWeeks(6).plusDays(5),
                today.plusWeeks(5).plusDays(5));
    }

    @Test
    void anExtensionMovesTheRunningTermOnceAndATermPlannedLaterRunsToTheExtendedDate() {
        Request request = routes.inResearch(Law.JEUGDWET);
        ProcessInstance requestRoute = routeOf(request);

        termClock.extend(request.getId(), today.plusWeeks(10), "Advies van de jeugdarts is nodig");

        assertTermMovedTo(requestRoute, "research", today.plusWeeks(10), today.plusWeeks(9));
        assertThatThrownBy(() -> termClock.extend(request.getId(), today.plusWeeks(12), "Nog een keer"))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.term-extension.once");
        toDecision(request);
        assertThat(BpmnAwareTests.task("decide", requestRoute).getDueDate())
                .hasSameTimeAs(EngineDates.startOf(today.plusWeeks(10)));
        assertThat(BpmnAwareTests.job("decisionReminder", requestRoute).getDuedate())
                .hasSameTimeAs(EngineDates.startOf(today.plusWeeks(9)));
    }

    @Test
    void anExtensionMovesTheDecisionTermOnceItIsPlanned() {
        Request request = routes.inResearch(Law.JEUGDWET);
        ProcessInstance requestRoute = routeOf(request);
        toDecision(request);

        termClock.extend(request.getId(), today.plusWeeks(12), "Het panel moet nog adviseren");

        assertTermMovedTo(requestRoute, "decision", today.plusWeeks(12), today.plusWeeks(11));
    }

    /** From research to the decision: researched, plan agreed, a cheap proposal, "nee, tenzij" yes. */
    private void toDecision(Request request) {
        route.completeResearch(routes.taskOf(request), TestRoutes.findings());
        BpmnAwareTests.complete(BpmnAwareTests.task(routeOf(request)), BpmnAwareTests.withVariables("planAgreed", true));
        cases.propose(request, 1_000, 3, false);
        route.completeProposal(routes.taskOf(request), "Het netwerk kan dit niet opvangen");
        route.checkNeeTenzij(routes.taskOf(request), NeeTenzijOutcome.YES, List.of(), null, null);
        assertThat(routeOf(request)).isWaitingAt("decide");
    }

    /** The term's task, process variables and timers are due on {@code due}, reminding on {@code remindOn}. */
    private void assertTermMovedTo(ProcessInstance requestRoute, String term, LocalDate due, LocalDate remindOn) {
        var runtime = engine.getRuntimeService();
        String task = "research".equals(term) ? "research" : "decide";
        assertThat(BpmnAwareTests.task(task, requestRoute).getDueDate()).hasSameTimeAs(EngineDates.startOf(due));
        assertThat((Date) runtime.getVariable(requestRoute.getId(), term + "Due"))
                .hasSameTimeAs(EngineDates.startOf(due));
        assertThat((Date) runtime.getVariable(requestRoute.getId(), term + "OverdueAt"))
                .hasSameTimeAs(EngineDates.startOf(due.plusDays(1)));
        Job reminder = BpmnAwareTests.job(term + "Reminder", requestRoute);
        assertThat(reminder.getDuedate()).hasSameTimeAs(EngineDates.startOf(remindOn));
        Job overdue = BpmnAwareTests.job(term + "Overdue", requestRoute);
        assertThat(overdue.getDuedate()).hasSameTimeAs(EngineDates.startOf(due.plusDays(1)));
    }

    private List<Job> termTimers(ProcessInstance requestRoute) {
        return engine.getManagementService().createJobQuery().processInstanceId(requestRoute.getId()).timers().list();
    }

    private ProcessInstance routeOf(Request request) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ModelIds.REQUEST)
                .processInstanceBusinessKey(RequestRoute.businessKey(request.getId())).singleResult();
    }

    private ProcessInstance suspensionOf(Request request) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ModelIds.TERM_SUSPENSION)
                .processInstanceBusinessKey(TermClock.suspensionKey(request.getId())).singleResult();
    }
}
