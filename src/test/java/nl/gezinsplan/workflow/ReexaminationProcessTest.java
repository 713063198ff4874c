package nl.gezinsplan.workflow;

import static nl.gezinsplan.decision.TestLetters.dutch;
import static nl.gezinsplan.decision.TestLetters.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.benefit.ReexaminationOutcome;
import nl.gezinsplan.benefit.TestRights;
import nl.gezinsplan.casework.Frequency;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.Product;
import nl.gezinsplan.casework.ProvisionDraft;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.decision.DecisionKind;
import nl.gezinsplan.decision.DecisionLetterSummary;
import nl.gezinsplan.decision.DecisionLetters;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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

/**
 * bpmn/reexamination.bpmn: a granted right to income support is re-examined every year while it runs; the right
 * continues, changes (with a letter) or ends (ending the provision, with a letter); a right ended early ends it.
 */
@IntegrationTest
class ReexaminationProcessTest {

    private static final String FINDINGS = "Gesprek gevoerd, bankafschriften bekeken: de situatie is niet veranderd.";

    @Autowired
    ProcessEngine engine;

    @Autowired
    BenefitRoute route;

    @Autowired
    TestRights rights;

    @Autowired
    TestRoutes routes;

    @Autowired
    RequestRoute requestRoute;

    @Autowired
    Provisions provisions;

    @Autowired
    DecisionLetters letters;

    @Autowired
    JdbcClient jdbc;

    LocalDate today;

    @BeforeEach
    void useTheApplicationsEngine() {
        BpmnAwareTests.init(engine);
        today = EngineDates.today();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRightThatContinuesIsReexaminedAgainAYearLater() {
        GrantedCare right = rights.granted(today.minusMonths(1), today.plusYears(3));
        ProcessInstance reexamination = start(right);
        assertThat(reexamination).isWaitingAt("reexaminationDue");
        assertThat(job(reexamination).getDuedate()).hasSameTimeAs(EngineDates.startOf(today.plusYears(1)));

        executeTimerOnItsDay(job(reexamination));
        assertThat(reexamination).isWaitingAt("reexamineRight");
        assertThat(task(reexamination)).hasCandidateGroup("participatie");
        route.reexamine(task(reexamination).getId(), ReexaminationOutcome.CONTINUES, FINDINGS, null);

        assertThat(reexamination).isWaitingAt("reexaminationDue");
        assertThat(job(reexamination).getDuedate()).hasSameTimeAs(EngineDates.startOf(today.plusYears(1)));
        assertThat(letters.lettersOf(right.familyId())).as("a right that continues decides nothing new").isEmpty();
        assertThat(jdbc.sql("select outcome, findings from reexamination where provision_id = :id")
                .param("id", right.provisionId()).query().singleRow())
                .containsEntry("outcome", "CONTINUES").containsEntry("findings", FINDINGS);
    }

    @Test
    void aRightThatChangesGetsItsLetterAndGoesOn() {
        GrantedCare right = rights.granted(today.minusMonths(1), today.plusYears(3));
        ProcessInstance reexamination = atTheTask(right);

        route.reexamine(task(reexamination).getId(), ReexaminationOutcome.CHANGES,
                "Sam woont sinds mei samen. De uitkering wordt die voor gehuwden.", null);

        assertThat(reexamination).isWaitingAt("reexaminationDue");
        DecisionLetterSummary letter = letters.lettersOf(right.familyId()).get(0);
        assertThat(letter.kind()).isEqualTo(DecisionKind.RIGHT_CHANGED);
        assertThat(letter.fileName()).startsWith("heronderzoek-");
        assertThat(textOf(letters.download(letter.id()).content()))
                .contains("Heronderzoek: wijziging van uw bijstandsuitkering")
                .contains("Uw recht op een uitkering (Bijstandsuitkering alleenstaande) gaat door, maar verandert.")
                .contains("Sam woont sinds mei samen.")
                .contains("artikel 54 van de Participatiewet")
                .contains("Dan kunt u bezwaar maken binnen zes weken");
    }

    @Test
    void aRightThatEndsEndsItsProvisionWithALetter() {
        GrantedCare right = rights.granted(today.minusMonths(1), today.plusYears(3));
        ProcessInstance reexamination = atTheTask(right);
        String taskId = task(reexamination).getId();
        LocalDate endsOn = today.plusMonths(1);

        refused(() -> route.reexamine(taskId, ReexaminationOutcome.ENDS, FINDINGS, null),
                "benefit.reexamination.ends-on.required");
        refused(() -> route.reexamine(taskId, ReexaminationOutcome.ENDS, FINDINGS, today.plusYears(4)),
                "benefit.reexamination.ends-on.after-end");
        refused(() -> route.reexamine(taskId, ReexaminationOutcome.ENDS, FINDINGS, today.minusDays(1)),
                "benefit.reexamination.ends-on.past");
        refused(() -> route.reexamine(taskId, ReexaminationOutcome.ENDS, " ", endsOn),
                "benefit.reexamination.findings.required");
        refused(() -> route.reexamine(taskId, null, FINDINGS, endsOn), "benefit.reexamination.outcome.required");
        assertThat(reexamination).isWaitingAt("reexamineRight");

        route.reexamine(taskId, ReexaminationOutcome.ENDS, "Sam werkt sinds 1 mei 32 uur per week.", endsOn);

        assertThat(reexamination).hasPassed("rightEnded").isEnded();
        assertThat(jdbc.sql("select status, allocation_end from provision where id = :id")
                .param("id", right.provisionId()).query().singleRow())
                .containsEntry("status", "ENDED").containsEntry("allocation_end", java.sql.Date.valueOf(endsOn));
        DecisionLetterSummary letter = letters.lettersOf(right.familyId()).get(0);
        assertThat(letter.kind()).isEqualTo(DecisionKind.RIGHT_ENDED);
        assertThat(textOf(letters.download(letter.id()).content()))
                .contains("Heronderzoek: einde van uw bijstandsuitkering")
                .contains("Uw recht op een uitkering (Bijstandsuitkering alleenstaande) stopt. De laatste dag waarover"
                        + " u een uitkering krijgt, is " + dutch(endsOn) + ".")
                .contains("Sam werkt sinds 1 mei 32 uur per week.");
    }

    @Test
    void theTaskRoutesByTheOutcomeAsRecordedAndNotWithoutOne() {
        GrantedCare right = rights.granted(today.minusMonths(1), today.plusYears(3));
        ProcessInstance reexamination = atTheTask(right);
        String taskId = task(reexamination).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("reexaminationOutcome", "ENDS")))
                .as("a client completing the task itself, as over the REST API")
                .hasRootCauseInstanceOf(InvalidInput.class)
                .hasRootCauseMessage("workflow.reexamination.not-recorded");
        assertThat(reexamination).isWaitingAt("reexamineRight");

        route.reexamine(taskId, ReexaminationOutcome.CONTINUES, FINDINGS, null);
        assertThat(reexamination).isWaitingAt("reexaminationDue");
        executeTimerOnItsDay(job(reexamination));
        assertThatThrownBy(() -> engine.getTaskService().complete(task(reexamination).getId(),
                Map.of("reexaminationOutcome", "ENDS")))
                .as("last year's re-examination is not this year's")
                .hasRootCauseMessage("workflow.reexamination.not-recorded");
    }

    @Test
    void aRightThatEndsBeforeItsNextReexaminationIsNotReexamined() {
        GrantedCare right = rights.granted(today.minusMonths(1), today.plusMonths(11));

        String id = route.startIfIncomeSupport(right).orElseThrow();

        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id)
                .activityId("rightRanOut").count()).isOne();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count()).isZero();
    }

    @Test
    void aRightEndedEarlyEndsItsReexamination() {
        GrantedCare right = rights.granted(today.minusMonths(1), today.plusYears(3));
        ProcessInstance reexamination = atTheTask(right);

        provisions.end(right.provisionId(), today);

        assertThat(reexamination).hasPassed("earlyEndNoted").isEnded();
    }

    @Test
    void aGrantedRightToIncomeSupportStartsItsReexaminationAndOtherCareNone() {
        Request income = decided(rights.product(TestRights.INCOME_SUPPORT));
        Request reintegration = decided(rights.product("RE01"));

        assertThat(instancesFor(income)).as("started, and as the six months' right ends before a year, done")
                .singleElement().satisfies(instance -> assertThat(instance.getEndTime()).isNotNull());
        assertThat(instancesFor(reintegration)).isEmpty();
    }

    /** A Participatiewet request granted one provision of the product: cheap and short, so no approval is needed. */
    private Request decided(Product product) {
        Request request = routes.consented(Law.PARTICIPATIEWET);
        provisions.propose(request.getId(), new ProvisionDraft(request.getPersonId(), product.getId(),
                rights.providerOf(product), BigDecimal.ONE, Frequency.ONCE, today, today.plusMonths(6), null,
                null));
        requestRoute.completeProposal(routes.taskOf(request), "Past bij wat nodig is");
        requestRoute.decide(routes.taskOf(request), "Sam heeft geen inkomen en geen vermogen.");
        return request;
    }

    private List<HistoricProcessInstance> instancesFor(Request request) {
        long provisionId = provisions.ofRequest(request.getId()).get(0).id();
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(BenefitRoute.businessKey(provisionId)).list();
    }

    private ProcessInstance start(GrantedCare right) {
        String id = route.startIfIncomeSupport(right).orElseThrow();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private ProcessInstance atTheTask(GrantedCare right) {
        ProcessInstance reexamination = start(right);
        executeTimerOnItsDay(job(reexamination));
        assertThat(reexamination).isWaitingAt("reexamineRight");
        return reexamination;
    }

    private static void refused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(InvalidInput.class).hasMessage(messageKey);
    }

    /** The job executor is off in tests; the clock goes back at once, so no other timer of the tests is due. */
    private static void executeTimerOnItsDay(Job timer) {
        ClockUtil.setCurrentTime(timer.getDuedate());
        try {
            execute(timer);
        } finally {
            ClockUtil.reset();
        }
    }
}
