package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.casework.CaseFacts;
import nl.gezinsplan.casework.ProvisionStatus;
import nl.gezinsplan.casework.RequestStatus;
import nl.gezinsplan.decision.TestLetters;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.objection.Objection;
import nl.gezinsplan.objection.ObjectionLetters;
import nl.gezinsplan.objection.ObjectionStatus;
import nl.gezinsplan.objection.ObjectionVerdict;
import nl.gezinsplan.objection.Objections;
import nl.gezinsplan.objection.TestObjections;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * bpmn/objection.bpmn: admissibility, the informal talk, the hearing, the committee's advice and the decision on the
 * objection within its term (reminder, escalation, one extension), every path, each step recorded with the objection.
 */
@IntegrationTest
class ObjectionProcessTest {

    private static final String NOT_SETTLED = "Moeder wil een besluit over de begeleiding.";

    @Autowired
    ProcessEngine engine;

    @Autowired
    ObjectionRoute route;

    @Autowired
    Workflow workflow;

    @Autowired
    TestObjections testObjections;

    @Autowired
    Objections objections;

    @Autowired
    ObjectionLetters letters;

    @Autowired
    CaseFacts cases;

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
    void anInadmissibleObjectionEndsWithItsLetter() throws IOException {
        Objection objection = testObjections.registered();
        ProcessInstance route = routeOf(objection);
        assertThat(route).isWaitingAt("assessAdmissibility");
        assertThat(task(route)).hasCandidateGroup("jeugd");
        assertThat(task(route).getDueDate()).hasSameTimeAs(EngineDates.startOf(objection.getDecisionDue()));

        String taskId = task(route).getId();
        assertThatThrownBy(() -> this.route.assessAdmissibility(taskId, false, " "))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.inadmissible-reason.required");
        this.route.assessAdmissibility(taskId, false, "Het bezwaarschrift is niet ondertekend, ook niet na herstel.");

        assertThat(route).isEnded().hasPassed("objectionInadmissible").hasNotPassed("informalTalk");
        assertThat(objections.get(objection.getId()).getStatus()).isEqualTo(ObjectionStatus.INADMISSIBLE);
        byte[] letter = letters.download(objection.getId()).content();
        try (PDDocument pdf = Loader.loadPDF(letter)) {
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).as("PDF/A: sRGB output intent").hasSize(1);
            assertThat(pdf.getDocumentCatalog().getMetadata()).as("PDF/A: XMP metadata").isNotNull();
        }
        assertThat(TestLetters.textOf(letter))
                .contains("Wij verklaren uw bezwaar niet-ontvankelijk")
                .contains("Het bezwaarschrift is niet ondertekend, ook niet na herstel.")
                .contains("beroep instellen bij de rechtbank");
    }

    @Test
    void anObjectionResolvedInTheInformalTalkIsWithdrawnWithoutALetter() {
        Objection objection = testObjections.registered();
        ProcessInstance route = routeOf(objection);
        this.route.assessAdmissibility(task(route).getId(), true, null);
        assertThat(route).isWaitingAt("informalTalk");

        this.route.recordTalk(task(route).getId(), today, "Moeder trekt het bezwaar in na uitleg over het netwerk.",
                true);

        assertThat(route).isEnded().hasPassed("objectionWithdrawn").hasNotPassed("holdHearing");
        assertThat(objections.get(objection.getId()).getStatus()).isEqualTo(ObjectionStatus.WITHDRAWN);
        assertThat(letters.hasLetter(objection.getId())).isFalse();
    }

    @Test
    void anUnfoundedObjectionLeavesTheRefusalAsItIs() {
        Objection objection = testObjections.registered();
        ProcessInstance route = toTheDecision(objection, ObjectionVerdict.UNFOUNDED);

        this.route.decide(task(route).getId(), ObjectionVerdict.UNFOUNDED,
                "Het netwerk van het gezin kan de hulp bieden, zoals oma zelf aangaf.");

        assertThat(route).isEnded().hasPassed("objectionUnfounded").hasNotPassed("reviseDecision");
        assertThat(cases.request(objection.getRequestId()).orElseThrow().getStatus())
                .isEqualTo(RequestStatus.REFUSED);
        assertThat(TestLetters.textOf(letters.download(objection.getId()).content()))
                .contains("Wij verklaren uw bezwaar ongegrond")
                .contains("Wij hebben u op " + TestLetters.dutch(today) + " gehoord")
                .contains("De bezwaarcommissie adviseerde ons uw bezwaar ongegrond te verklaren")
                .contains("oma zelf aangaf");
    }

    @Test
    void aWellFoundedObjectionGrantsWhatWasRefusedAndStartsTheCare() {
        Objection objection = testObjections.registered();
        ProcessInstance route = toTheDecision(objection, ObjectionVerdict.WELL_FOUNDED);

        this.route.decide(task(route).getId(), ObjectionVerdict.WELL_FOUNDED,
                "Het netwerk kan de begeleiding naar school niet bieden.");

        assertThat(route).isEnded().hasPassed("reviseDecision", "objectionUpheld");
        assertThat(cases.request(objection.getRequestId()).orElseThrow().getStatus())
                .isEqualTo(RequestStatus.GRANTED);
        var granted = cases.provisionsOf(objection.getRequestId());
        assertThat(granted).singleElement().satisfies(line ->
                assertThat(line.status()).isEqualTo(ProvisionStatus.GRANTED));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ModelIds.PROVISION)
                .processInstanceBusinessKey(ProvisionRoute.businessKey(granted.get(0).id())).count())
                .as("the care's own route").isOne();
        assertThat(objections.get(objection.getId()).getRevisedOn()).isEqualTo(LocalDate.now());
        assertThat(TestLetters.textOf(letters.download(objection.getId()).content()))
                .contains("Wij verklaren uw bezwaar gegrond. Wij herroepen ons besluit van")
                .contains("alsnog de volgende hulp toe")
                .contains(TestLetters.PRODUCT);
    }

    @Test
    void aTaskCompletedOnTheEngineWithoutItsStepIsRefused() {
        Objection objection = testObjections.registered();
        ProcessInstance route = routeOf(objection);
        String taskId = task(route).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("admissible", false)))
                .hasMessageContaining("objection.step.not-recorded");
        assertThat(route).isWaitingAt("assessAdmissibility");
    }

    @Test
    void theTermRemindsTheTeamThenEscalatesToTheManager() {
        Objection objection = testObjections.registered();
        ProcessInstance route = routeOf(objection);
        LocalDate due = objection.getDecisionDue();
        assertThat(due).isEqualTo(objection.getDecidedOn().plusWeeks(12));

        fireWhenDue(route, "objectionReminder", EngineDates.startOf(due.minusWeeks(1)));
        assertThat(task("objectionTermApproaching", route)).hasCandidateGroup("jeugd");
        workflow.acknowledge(task("objectionTermApproaching", route).getId());
        fireWhenDue(route, "objectionOverdue", EngineDates.startOf(due.plusDays(1)));
        assertThat(task("objectionTermExceeded", route)).hasCandidateGroup("manager-jeugd");
        SignIn.as(users, "marieke");
        workflow.acknowledge(task("objectionTermExceeded", route).getId());

        assertThat(route).isWaitingAt("assessAdmissibility")
                .hasPassed("objectionReminderSeen", "objectionEscalationSeen");
    }

    @Test
    void anExtensionMovesTheTermOnceBySixWeeks() {
        Objection objection = testObjections.registered();
        ProcessInstance route = routeOf(objection);
        LocalDate due = objection.getDecisionDue().plusWeeks(6);

        assertThatThrownBy(() -> this.route.extend(objection.getId(), ""))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.extension.reason.required");
        this.route.extend(objection.getId(), "De bezwaarcommissie vergadert pas over acht weken.");

        assertThat(objections.get(objection.getId()).getDecisionDue()).isEqualTo(due);
        assertThat(task(route).getDueDate()).hasSameTimeAs(EngineDates.startOf(due));
        assertThatThrownBy(() -> this.route.extend(objection.getId(), "Nog een keer"))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.extension.once");
        fireWhenDue(route, "objectionReminder", EngineDates.startOf(due.minusWeeks(1)));
        assertThat(task("objectionTermApproaching", route).getDueDate()).hasSameTimeAs(EngineDates.startOf(due));
        fireWhenDue(route, "objectionOverdue", EngineDates.startOf(due.plusDays(1)));
        assertThat(route).isWaitingAt("assessAdmissibility", "objectionTermApproaching", "objectionTermExceeded");
    }

    @Test
    void anEscalationStillOpenEndsWithTheObjection() {
        Objection objection = testObjections.registered();
        ProcessInstance route = routeOf(objection);
        BpmnAwareTests.execute(BpmnAwareTests.job("objectionOverdue", route));

        this.route.assessAdmissibility(task("assessAdmissibility", route).getId(), false, "Te laat zonder reden.");

        assertThat(route).isEnded();
        assertThatThrownBy(() -> this.route.extend(objection.getId(), "Te laat"))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.concluded");
    }

    /** Admissible, not resolved in the talk, heard today, advised {@code advice}: waits for the decision. */
    private ProcessInstance toTheDecision(Objection objection, ObjectionVerdict advice) {
        ProcessInstance route = routeOf(objection);
        this.route.assessAdmissibility(task(route).getId(), true, null);
        this.route.recordTalk(task(route).getId(), today, NOT_SETTLED, false);
        assertThat(route).isWaitingAt("holdHearing");
        this.route.holdHearing(task(route).getId(), today, "Moeder, consulent, voorzitter commissie",
                "Moeder legt uit dat oma niet elke dag kan.");
        assertThat(route).isWaitingAt("recordAdvice");
        this.route.recordAdvice(task(route).getId(), advice, "Advies van de commissie.");
        assertThat(route).isWaitingAt("decideObjection");
        return route;
    }

    private ProcessInstance routeOf(Objection objection) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ModelIds.OBJECTION)
                .processInstanceBusinessKey(ObjectionRoute.businessKey(objection.getId())).singleResult();
    }

    private void fireWhenDue(ProcessInstance route, String timer, Date dueAt) {
        var jobs = engine.getManagementService().createJobQuery().processInstanceId(route.getId()).activityId(timer);
        assertThat(jobs.singleResult().getDuedate()).hasSameTimeAs(dueAt);
        assertThat(jobs.executable().count()).as("not due yet").isZero();
        try {
            ClockUtil.setCurrentTime(dueAt);
            engine.getManagementService().executeJob(jobs.executable().singleResult().getId());
        } finally {
            ClockUtil.reset();
        }
    }
}
