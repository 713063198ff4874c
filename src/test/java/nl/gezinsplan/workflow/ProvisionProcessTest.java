package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** bpmn/provision.bpmn: start meeting, check meeting half-way, evaluation before the end, end or extension. */
@IntegrationTest
@RecordApplicationEvents
class ProvisionProcessTest {

    private static final AtomicLong NEXT_PROVISION = new AtomicLong(System.nanoTime());

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProvisionRoute route;

    @Autowired
    Messages messages;

    @Autowired
    ApplicationEvents events;

    LocalDate careStart;
    LocalDate careEnd;

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
        assertThatThrownBy(() -> route.holdStartMeeting(taskId, " ", "terug naar huis bij stabiele situatie"))
                .isInstanceOf(InvalidInput.class).hasMessage("workflow.provision.exit-goal.required");
        assertThatThrownBy(() -> route.holdStartMeeting(taskId, "zelfstandig wonen", null))
                .isInstanceOf(InvalidInput.class).hasMessage("workflow.provision.exit-criteria.required");
        assertThat(provision).isWaitingAt("startMeeting");

        route.holdStartMeeting(taskId, "zelfstandig wonen", "terug naar huis bij stabiele situatie");
        assertThat(provision).isWaitingAt("halfWay");
    }

    @Test
    void ambulantCareStartsWithAnExitGoalOnly() {
        ProcessInstance provision = start(false);
        String taskId = task(provision).getId();

        assertThatThrownBy(() -> route.holdStartMeeting(taskId, null, null))
                .isInstanceOf(InvalidInput.class).hasMessage("workflow.provision.exit-goal.required");

        route.holdStartMeeting(taskId, "weer naar school", null);
        assertThat(provision).isWaitingAt("halfWay");
    }

    @Test
    void helpThatWorksContinuesToTheEvaluationBeforeTheEnd() {
        ProcessInstance provision = atCheckMeeting();
        assertThat(task(provision)).hasCandidateGroup("jeugd");

        route.holdCheckMeeting(task(provision).getId(), CheckOutcome.CONTINUE);

        assertThat(provision).isWaitingAt("beforeEnd").hasNotPassed("recordAdjustment");
        assertThat(job(provision).getDuedate()).hasSameTimeAs(EngineDates.startOf(careEnd.minusWeeks(6)));
    }

    @Test
    void adjustedHelpIsRecordedAndContinues() {
        ProcessInstance provision = atCheckMeeting();

        route.holdCheckMeeting(task(provision).getId(), CheckOutcome.ADJUST);

        assertThat(provision).isWaitingAt("beforeEnd").hasPassed("recordAdjustment")
                .variables().containsEntry("helpAdjusted", true);
    }

    @Test
    void helpThatDoesNotWorkIsStopped() {
        ProcessInstance provision = atCheckMeeting();

        route.holdCheckMeeting(task(provision).getId(), CheckOutcome.STOP);

        assertThat(provision).isEnded().hasPassed("endCare", "careEnded").hasNotPassed("evaluationMeeting");
        assertThat(careEnded(provision)).isEqualTo(CareEnded.STOPPED_NOT_WORKING);
    }

    @Test
    void theEvaluationEndsCareOnlyWithAnOutflowReason() {
        ProcessInstance provision = atEvaluationMeeting();
        assertThat(task(provision)).hasCandidateGroup("jeugd");
        assertThat(task(provision).getDueDate()).hasSameTimeAs(EngineDates.startOf(careEnd));
        String taskId = task(provision).getId();

        assertThatThrownBy(() -> route.endCare(taskId, null))
                .isInstanceOf(InvalidInput.class).hasMessage("workflow.provision.outflow-reason.required");
        assertThat(provision).isWaitingAt("evaluationMeeting");

        route.endCare(taskId, OutflowReason.SCALED_DOWN);
        assertThat(provision).isEnded().hasPassed("careEnded").hasNotPassed("extensionRequested");
        assertThat(careEnded(provision)).isEqualTo("SCALED_DOWN");
    }

    @Test
    void anExtensionIsRequestedAsANewApplication() {
        ProcessInstance provision = atEvaluationMeeting();

        route.requestExtension(task(provision).getId());

        assertThat(provision).isEnded().hasPassed("extensionRequested").hasNotPassed("endCare");
        long provisionId = (Long) variable(provision, "provisionId");
        assertThat(events.stream(ExtensionRequested.class))
                .filteredOn(requested -> requested.provisionId() == provisionId)
                .singleElement()
                .isEqualTo(new ExtensionRequested(provisionId, 1L, 2L, Law.JEUGDWET, "jeugd"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("request")
                .variableValueEquals("personId", 2L).variableValueEquals("extension", true).list())
                .as("the extension re-enters the route as a new request, at triage")
                .anySatisfy(request -> assertThat(request).isWaitingAt("triage"));
    }

    @Test
    void aProvisionEndedEarlyEndsOnlyItsOwnRoute() {
        ProcessInstance ending = atCheckMeeting();
        ProcessInstance other = atCheckMeeting();

        boolean correlated = route.endedEarly((Long) variable(ending, "provisionId"), "verhuisd buiten de gemeente");

        assertThat(correlated).isTrue();
        assertThat(ending).isEnded().hasPassed("endedEarly", "earlyEndRecorded").hasNotPassed("careEnded");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(ending.getId()).variableName("endReason").singleResult().getValue())
                .isEqualTo("verhuisd buiten de gemeente");
        assertThat(other).isWaitingAt("checkMeeting");
    }

    @Test
    void aMessageForARouteThatHasEndedIsNotCorrelated() {
        assertThat(messages.correlate(Messages.FAMILY_AGREED_TO_PLAN, "request-" + NEXT_PROVISION.incrementAndGet(),
                Map.of())).isFalse();
        assertThat(route.endedEarly(NEXT_PROVISION.incrementAndGet(), "overleden")).isFalse();
    }

    private ProcessInstance start(boolean residential) {
        String id = route.start(new GrantedProvision(NEXT_PROVISION.incrementAndGet(), 1L, 2L, "jeugd",
                Law.JEUGDWET, residential, careStart, careEnd));
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private ProcessInstance atCheckMeeting() {
        ProcessInstance provision = start(false);
        route.holdStartMeeting(task(provision).getId(), "weer naar school", null);
        assertThat(job(provision).getDuedate()).hasSameTimeAs(EngineDates.startOf(careStart.plusWeeks(26)));
        executeTimerOnItsDay(job(provision));
        assertThat(provision).isWaitingAt("checkMeeting");
        return provision;
    }

    private ProcessInstance atEvaluationMeeting() {
        ProcessInstance provision = atCheckMeeting();
        route.holdCheckMeeting(task(provision).getId(), CheckOutcome.CONTINUE);
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

    private String careEnded(ProcessInstance provision) {
        long provisionId = (Long) variable(provision, "provisionId");
        return events.stream(CareEnded.class).filter(ended -> ended.provisionId() == provisionId)
                .map(CareEnded::reason).findFirst().orElseThrow();
    }
}
