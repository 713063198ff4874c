package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.Map;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.OutflowReason;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.meeting.CheckOutcome;
import nl.gezinsplan.meeting.MeetingKind;
import nl.gezinsplan.meeting.MeetingReport;
import nl.gezinsplan.meeting.MeetingSteps;
import nl.gezinsplan.meeting.Meetings;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** bpmn/provision.bpmn: start meeting, check meeting half-way, evaluation before the end, end or extension. */
@IntegrationTest
class ProvisionProcessTest {

    private static final MeetingReport REPORT = new MeetingReport(LocalDate.now(), "moeder, aanbieder, consulent", null);

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProvisionRoute route;

    @Autowired
    Correlations correlations;

    @Autowired
    TestCases cases;

    @Autowired
    Meetings meetings;

    @Autowired
    MeetingSteps steps;

    @Autowired
    Provisions provisions;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    LocalDate careStart;
    LocalDate careEnd;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @BeforeEach
    void useTheApplicationsEngine() {
        BpmnAwareTests.init(engine);
        careStart = EngineDates.today();
        careEnd = careStart.plusWeeks(52);
    }

    @Test
    void residentialCareStartsWithExitGoalAndExitCriteria() {
        ProcessInstance provision = start(true);

        assertThat(provision).isWaitingAt("startMeeting");
        assertThat(task(provision)).hasCandidateGroup("jeugd");
        assertThat(task(provision).getDueDate()).hasSameTimeAs(EngineDates.startOf(careStart.plusWeeks(2)));

        String taskId = task(provision).getId();
        assertThatThrownBy(() -> route.holdStartMeeting(taskId, REPORT, " ", "terug naar huis bij stabiele situatie"))
                .isInstanceOf(InvalidInput.class).hasMessage("meeting.exit-goal.required");
        assertThatThrownBy(() -> route.holdStartMeeting(taskId, REPORT, "zelfstandig wonen", null))
                .isInstanceOf(InvalidInput.class).hasMessage("meeting.exit-criteria.required");
        assertThat(provision).isWaitingAt("startMeeting");

        route.holdStartMeeting(taskId, REPORT, "zelfstandig wonen", "terug naar huis bij stabiele situatie");
        assertThat(provision).isWaitingAt("halfWay");
        assertThat(meetings.ofFamily((Long) variable(provision, "familyId"))).as("only the meeting that was held")
                .singleElement().satisfies(meeting -> {
                    assertThat(meeting.kind()).isEqualTo(MeetingKind.START);
                    assertThat(meeting.provisionId()).isEqualTo(variable(provision, "provisionId"));
                    assertThat(meeting.exitGoal()).isEqualTo("zelfstandig wonen");
                    assertThat(meeting.exitCriteria()).isEqualTo("terug naar huis bij stabiele situatie");
                    assertThat(meeting.attendees()).isEqualTo(REPORT.attendees());
                });
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(provision.getId())
                .variableName("exitGoal").count()).as("case data stays out of the engine").isZero();
    }

    @Test
    void ambulantCareStartsWithAnExitGoalOnly() {
        ProcessInstance provision = start(false);
        String taskId = task(provision).getId();

        assertThatThrownBy(() -> route.holdStartMeeting(taskId, REPORT, null, null))
                .isInstanceOf(InvalidInput.class).hasMessage("meeting.exit-goal.required");

        route.holdStartMeeting(taskId, REPORT, "weer naar school", null);
        assertThat(provision).isWaitingAt("halfWay");
    }

    @Test
    void aStartMeetingCompletedWithoutItsReportIsRefused() {
        ProcessInstance provision = start(true);
        String taskId = task(provision).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(taskId,
                Map.of("exitGoal", "zelfstandig wonen", "exitCriteria", "terug naar huis")))
                .as("a client completing the task itself, as over the REST API")
                .hasRootCauseInstanceOf(InvalidInput.class).hasRootCauseMessage("workflow.meeting.not-recorded");
        assertThat(provision).isWaitingAt("startMeeting");
    }

    @Test
    void theCheckMeetingRoutesByTheOutcomeItsReportRecorded() {
        ProcessInstance provision = atCheckMeeting();
        String taskId = task(provision).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("checkOutcome", "STOP")))
                .hasRootCauseInstanceOf(InvalidInput.class).hasRootCauseMessage("workflow.meeting.not-recorded");

        steps.recordCheckMeeting((Long) variable(provision, "familyId"), (Long) variable(provision, "personId"),
                (Long) variable(provision, "provisionId"), REPORT, CheckOutcome.CONTINUE);
        engine.getTaskService().complete(taskId, Map.of("checkOutcome", "STOP"));

        assertThat(provision).as("the report said continue; a variable of the client does not stop the care")
                .isWaitingAt("beforeEnd");
        assertThat(stored(provision)).isEqualTo(Map.of("status", "PROPOSED"));
    }

    @Test
    void anEvaluationCompletedWithoutItsReportIsRefused() {
        ProcessInstance provision = atEvaluationMeeting();
        String taskId = task(provision).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(taskId,
                Map.of("evaluationOutcome", "END", "outflowReason", "SCALED_DOWN")))
                .hasRootCauseInstanceOf(InvalidInput.class).hasRootCauseMessage("workflow.meeting.not-recorded");
        assertThat(provision).isWaitingAt("evaluationMeeting");
    }

    @Test
    void helpThatWorksContinuesToTheEvaluationBeforeTheEnd() {
        ProcessInstance provision = atCheckMeeting();
        assertThat(task(provision)).hasCandidateGroup("jeugd");

        route.holdCheckMeeting(task(provision).getId(), REPORT, CheckOutcome.CONTINUE);

        assertThat(provision).isWaitingAt("beforeEnd").hasNotPassed("recordAdjustment");
        assertThat(job(provision).getDuedate()).hasSameTimeAs(EngineDates.startOf(careEnd.minusWeeks(6)));
    }

    @Test
    void adjustedHelpIsRecordedAndContinues() {
        ProcessInstance provision = atCheckMeeting();

        route.holdCheckMeeting(task(provision).getId(), REPORT, CheckOutcome.ADJUST);

        assertThat(provision).isWaitingAt("beforeEnd").hasPassed("recordAdjustment")
                .variables().containsEntry("helpAdjusted", true);
    }

    @Test
    void helpThatDoesNotWorkIsStopped() {
        ProcessInstance provision = atCheckMeeting();

        route.holdCheckMeeting(task(provision).getId(), REPORT, CheckOutcome.STOP);

        assertThat(provision).isEnded().hasPassed("endCare", "careEnded").hasNotPassed("evaluationMeeting");
        assertThat(stored(provision)).isEqualTo(Map.of("status", "STOPPED"));
    }

    @Test
    void theEvaluationEndsCareOnlyWithAnOutflowReason() {
        ProcessInstance provision = atEvaluationMeeting();
        assertThat(task(provision)).hasCandidateGroup("jeugd");
        assertThat(task(provision).getDueDate()).hasSameTimeAs(EngineDates.startOf(careEnd));
        String taskId = task(provision).getId();

        assertThatThrownBy(() -> route.endCare(taskId, REPORT, null))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.provision.outflow-reason.required");
        assertThat(provision).isWaitingAt("evaluationMeeting");

        route.endCare(taskId, REPORT, OutflowReason.SCALED_DOWN);
        assertThat(provision).isEnded().hasPassed("careEnded").hasNotPassed("extensionRequested");
        assertThat(stored(provision)).isEqualTo(Map.of("status", "PROPOSED", "outflow_reason", "SCALED_DOWN"));
    }

    @Test
    void anExtensionIsRequestedAsANewApplication() {
        ProcessInstance provision = atEvaluationMeeting();

        route.requestExtension(task(provision).getId(), REPORT);

        assertThat(provision).isEnded().hasPassed("extensionRequested").hasNotPassed("endCare");
        long provisionId = (Long) variable(provision, "provisionId");
        Long extension = jdbc.sql("select id from request where extension_of = :provisionId")
                .param("provisionId", provisionId).query(Long.class).single();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(RequestRoute.businessKey(extension)).singleResult())
                .as("the extension re-enters the route as a new request, at triage")
                .isWaitingAt("triage")
                .variables().containsEntry("extension", true).containsEntry("personId", variable(provision, "personId"));
    }

    @Test
    void aProvisionEndedEarlyEndsOnlyItsOwnRoute() {
        ProcessInstance ending = atCheckMeeting();
        ProcessInstance other = atCheckMeeting();

        SignIn.as(users, "anna");
        provisions.end((Long) variable(ending, "provisionId"), careStart);

        assertThat(ending).isEnded().hasPassed("endedEarly", "earlyEndRecorded").hasNotPassed("careEnded");
        assertThat(variable(ending, "endedOn")).isEqualTo(careStart.toString());
        assertThat(other).isWaitingAt("checkMeeting");
    }

    @Test
    void aMessageForARouteThatHasEndedIsNotCorrelated() {
        ProcessInstance provision = atCheckMeeting();
        route.holdCheckMeeting(task(provision).getId(), REPORT, CheckOutcome.STOP);
        SignIn.as(users, "anna");

        assertThat(correlations.correlate(Correlations.PROVISION_ENDED_EARLY,
                ProvisionRoute.businessKey((Long) variable(provision, "provisionId")), Map.of())).isFalse();
    }

    private ProcessInstance start(boolean residential) {
        String id = route.start(cases.care(Law.JEUGDWET, residential, careStart, careEnd));
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private ProcessInstance atCheckMeeting() {
        ProcessInstance provision = start(false);
        route.holdStartMeeting(task(provision).getId(), REPORT, "weer naar school", null);
        assertThat(job(provision).getDuedate()).hasSameTimeAs(EngineDates.startOf(careStart.plusWeeks(26)));
        executeTimerOnItsDay(job(provision));
        assertThat(provision).isWaitingAt("checkMeeting");
        return provision;
    }

    private ProcessInstance atEvaluationMeeting() {
        ProcessInstance provision = atCheckMeeting();
        route.holdCheckMeeting(task(provision).getId(), REPORT, CheckOutcome.CONTINUE);
        executeTimerOnItsDay(job(provision));
        assertThat(provision).isWaitingAt("evaluationMeeting");
        return provision;
    }

    /**
     * The application's job executor runs in tests too: the clock goes back at once, so that it finds no other
     * timer of these tests due.
     */
    private static void executeTimerOnItsDay(Job timer) {
        ClockUtil.setCurrentTime(timer.getDuedate());
        try {
            execute(timer);
        } finally {
            ClockUtil.reset();
        }
    }

    private Object variable(ProcessInstance provision, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(provision.getId()).variableName(name).singleResult().getValue();
    }

    private Map<String, Object> stored(ProcessInstance provision) {
        Map<String, Object> stored = new java.util.HashMap<>(jdbc.sql(
                        "select status, outflow_reason from provision where id = :id")
                .param("id", variable(provision, "provisionId")).query().singleRow());
        stored.values().removeIf(java.util.Objects::isNull);
        return stored;
    }
}
