package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.meeting.MeetingReport;
import nl.gezinsplan.meeting.PerspectiveOutcome;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** bpmn/perspective-talk.bpmn: the talk at 16.5 (or at intake when older), recorded before 18, extended care to 21. */
@IntegrationTest
class PerspectiveTalkProcessTest {

    private static final MeetingReport REPORT = new MeetingReport(LocalDate.now(), "Jesse, mentor, consulent", null);

    @Autowired
    ProcessEngine engine;

    @Autowired
    PerspectiveTalks talks;

    LocalDate today;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestCases cases;

    @Autowired
    Workflow workflow;

    @BeforeEach
    void useTheApplicationsEngineAsAYouthConsultant() {
        BpmnAwareTests.init(engine);
        today = EngineDates.today();
        SignIn.as(users, "anna");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void waitsUntilSixteenAndAHalfThenAsksTheYouthTeam() {
        LocalDate birthDate = today.minusYears(15);
        ProcessInstance talk = start(birthDate);

        assertThat(talk).isWaitingAt("sixteenAndAHalf");
        assertThat(job().getDuedate()).hasSameTimeAs(EngineDates.startOf(birthDate.plusYears(16).plusMonths(6)));

        execute(job());
        assertThat(talk).isWaitingAt("holdPerspectiveTalk");
        assertThat(task()).hasCandidateGroup("jeugd");
        assertThat(task().getDueDate()).hasSameTimeAs(EngineDates.startOf(birthDate.plusYears(18)));
    }

    @Test
    void aYouthOfSeventeenAtIntakeGetsTheTalkAtOnce() {
        ProcessInstance talk = start(today.minusYears(17));

        assertThat(talk).isWaitingAt("holdPerspectiveTalk").hasNotPassed("sixteenAndAHalf");
    }

    @Test
    void aTalkRecordedInTimeNeedsNoManager() {
        ProcessInstance talk = start(today.minusYears(17));

        talks.record(task(talk).getId(), REPORT, outcome(false, null));

        assertThat(talk).isEnded().hasPassed("perspectiveRecorded").hasNotPassed("escalateLateTalk");
    }

    @Test
    void aLateTalkGoesToTheManagerUntilItIsRecorded() {
        LocalDate birthDate = today.minusYears(17);
        ProcessInstance talk = start(birthDate);
        assertThat(job("talkLate", talk).getDuedate())
                .hasSameTimeAs(EngineDates.startOf(birthDate.plusYears(18).minusMonths(3)));

        execute(job("talkLate", talk));

        assertThat(talk).isWaitingAt("holdPerspectiveTalk", "escalateLateTalk");
        assertThat(task("escalateLateTalk", talk)).hasCandidateGroup("manager-jeugd");

        talks.record(task("holdPerspectiveTalk", talk).getId(), REPORT, outcome(false, null));
        assertThat(talk).isEnded().hasPassed("perspectiveRecorded");
    }

    @Test
    void theManagerHandlesTheEscalationWhileTheTalkStaysDue() {
        ProcessInstance talk = start(today.minusYears(17));
        execute(job("talkLate", talk));

        SignIn.as(users, "marieke");
        workflow.acknowledge(task("escalateLateTalk", talk).getId());

        assertThat(talk).isWaitingAt("holdPerspectiveTalk").hasPassed("lateTalkHandled");
    }

    @Test
    void aYouthGetsOneTalkNoSecondOnceItIsHeld() {
        LocalDate birthDate = today.minusYears(17);
        Person youth = cases.youth(birthDate);
        String held = talks.start(youth.getFamilyId(), youth.getId(), birthDate);
        talks.record(task(instance(held)).getId(), REPORT, outcome(false, null));

        String again = talks.start(youth.getFamilyId(), youth.getId(), birthDate);

        assertThat(again).isEqualTo(held);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(PerspectiveTalks.PROCESS).processInstanceBusinessKey("person-" + youth.getId())
                .count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("person-" + youth.getId()).count()).isZero();
    }

    @Test
    void aTalkUnderWayIsNotStartedTwice() {
        LocalDate birthDate = today.minusYears(15);
        Person youth = cases.youth(birthDate);
        String planned = talks.start(youth.getFamilyId(), youth.getId(), birthDate);

        assertThat(talks.start(youth.getFamilyId(), youth.getId(), birthDate)).isEqualTo(planned);
        assertThat(instance(planned)).isWaitingAt("sixteenAndAHalf");
    }

    @Test
    void aTalkCompletedWithoutItsReportIsRefused() {
        ProcessInstance talk = start(today.minusYears(17));
        String taskId = task(talk).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, java.util.Map.of("extendedYouthCare", false)))
                .as("a client completing the task itself, as over the REST API")
                .hasRootCauseInstanceOf(InvalidInput.class).hasRootCauseMessage("workflow.meeting.not-recorded");
        assertThat(talk).isWaitingAt("holdPerspectiveTalk");
    }

    @Test
    void extendedYouthCareUntilTheTwentyFirstBirthdayIsAccepted() {
        LocalDate birthDate = today.minusYears(17);
        ProcessInstance talk = start(birthDate);

        talks.record(task(talk).getId(), REPORT, outcome(true, birthDate.plusYears(21)));

        assertThat(talk).isEnded().hasPassed("extendedCareAgreed");
    }

    @Test
    void extendedYouthCareBeyondTheTwentyFirstBirthdayIsRefused() {
        LocalDate birthDate = today.minusYears(17);
        ProcessInstance talk = start(birthDate);
        String taskId = task(talk).getId();

        assertThatThrownBy(() -> talks.record(taskId, REPORT, outcome(true, birthDate.plusYears(21).plusDays(1))))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("meeting.extended-care.beyond-21");
        assertThatThrownBy(() -> talks.record(taskId, REPORT, outcome(true, null)))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("meeting.extended-care.end.required");

        assertThat(talk).isWaitingAt("holdPerspectiveTalk");
    }

    private ProcessInstance start(LocalDate birthDate) {
        Person youth = cases.youth(birthDate);
        return instance(talks.start(youth.getFamilyId(), youth.getId(), birthDate));
    }

    private ProcessInstance instance(String id) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private static PerspectiveOutcome outcome(boolean extendedYouthCare, LocalDate extendedCareEnd) {
        return new PerspectiveOutcome("kamer bij pleegouders", "studiefinanciering", "mbo-2", "geen", "tante",
                extendedYouthCare, extendedYouthCare ? "woont bij pleegouders, volgt opleiding" : null,
                extendedCareEnd);
    }
}
