package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.Map;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.workspace.TestStaff;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The approval process from bpmn/, deployed by the application on PostgreSQL, with its DMN table: one test per path. */
@IntegrationTest
class ApprovalProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    TestCases cases;

    @Autowired
    TestStaff staff;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void useTheApplicationsEngine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void forgetTheCaller() {
        engine.getIdentityService().clearAuthentication();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "residential care always goes to the manager, 3000,  3,  true,  false, MANAGER",
            "from 25000 a year goes to the manager,       25000, 6,  false, false, MANAGER",
            "an extension gets four eyes,                 1000,  3,  false, true,  FOUR_EYES",
            "from 5000 a year gets four eyes,             5000,  6,  false, false, FOUR_EYES",
            "longer than 12 months gets four eyes,        1000,  13, false, false, FOUR_EYES",
            "12 months of light care needs no check,      4999,  12, false, false, NONE"})
    void decisionTableDecidesTheLevel(String rule, double costPerYear, int durationMonths, boolean residential,
                                      boolean extension, String level) {
        String decided = engine.getDecisionService().evaluateDecisionTableByKey("approvalLevel", Map.of(
                "costPerYear", costPerYear, "durationMonths", durationMonths, "residential", residential,
                "extension", extension, "law", "WMO")).getSingleEntry();

        assertThat(decided).isEqualTo(level);
    }

    @Test
    void lightShortCareNeedsNoCheck() {
        ProcessInstance approval = start("anna", 2_000, 6, false);

        assertThat(approval).isEnded().hasPassed("approvedWithoutCheck");
        assertOutcome(approval, "APPROVED", "NONE");
    }

    @Test
    void aSecondConsultantOfTheTeamApproves() {
        ProcessInstance approval = start("anna", 12_000, 6, false);

        assertThat(approval).isWaitingAt("reviewProposal");
        assertThat(task(approval)).hasCandidateUser("bram").hasCandidateUser("marieke");
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("bram").list())
                .as("candidates come from Gezinsplan's teams")
                .anyMatch(task -> task.getProcessInstanceId().equals(approval.getId()));
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("anna").list())
                .as("never the proposer")
                .noneMatch(task -> task.getProcessInstanceId().equals(approval.getId()));
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("carla").list())
                .noneMatch(task -> task.getProcessInstanceId().equals(approval.getId()));

        decide(approval, "bram", true, null);

        assertThat(approval).isEnded().hasPassed("approved");
        assertOutcome(approval, "APPROVED", "FOUR_EYES");
    }

    @Test
    void aRejectionReturnsWithItsReasonAndTheResubmissionIsDecidedAgain() {
        ProcessInstance approval = start("anna", 12_000, 6, false);
        decide(approval, "bram", false, "Eerst het netwerk inzetten");

        assertThat(approval).isWaitingAt("reviseProposal");
        assertThat(task(approval)).isAssignedTo("anna");
        assertThat(engine.getTaskService().getVariable(task(approval).getId(), "reason"))
                .isEqualTo("Eerst het netwerk inzetten");

        complete(task(approval), withVariables("resubmit", true));
        assertThat(approval).isWaitingAt("reviewProposal");
        decide(approval, "bram", true, null);

        assertThat(approval).isEnded().hasPassed("resubmitOrWithdraw", "approved");
        var history = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(approval.getId());
        assertThat(history.activityId("determineApprovalLevel").count()).as("the loop shows in history").isEqualTo(2);
        assertThat(history.activityId("reviewProposal").count()).isEqualTo(2);
    }

    @Test
    void theProposerMayWithdrawARejectedProposal() {
        ProcessInstance approval = start("anna", 12_000, 6, false);
        decide(approval, "bram", false, "Te duur voor wat het oplevert");

        complete(task(approval), withVariables("resubmit", false));

        assertThat(approval).isEnded().hasPassed("withdrawn");
        assertOutcome(approval, "WITHDRAWN", "FOUR_EYES");
    }

    @Test
    void theTeamsManagerApprovesResidentialCare() {
        ProcessInstance approval = start("anna", 3_000, 3, true);

        assertThat(approval).isWaitingAt("approveByManager");
        assertThat(task(approval)).hasCandidateGroup("manager-jeugd");
        decide(approval, "marieke", true, null);

        assertThat(approval).isEnded().hasPassed("approved");
        assertOutcome(approval, "APPROVED", "MANAGER");
    }

    @Test
    void theTeamsManagerRejectsBackToTheProposer() {
        ProcessInstance approval = start("anna", 30_000, 6, false);

        decide(approval, "marieke", false, "Eerst een lichtere vorm proberen");

        assertThat(approval).isWaitingAt("reviseProposal");
        assertThat(task(approval)).isAssignedTo("anna");
    }

    @Test
    void aResubmissionIsJudgedOnTheProposalRecordedNotOnTheClientsFacts() {
        ProcessInstance approval = start("anna", 30_000, 6, false);
        decide(approval, "marieke", false, "Eerst een lichtere vorm proberen");

        complete(task(approval), withVariables("resubmit", true, "costPerYear", 100.0, "durationMonths", 1));

        assertThat(approval).isWaitingAt("approveByManager");
        assertThat(engine.getRuntimeService().getVariable(approval.getId(), "costPerYear")).isEqualTo(30_000.0);
    }

    @Test
    void refusesAManagerOfAnotherTeam() {
        ProcessInstance approval = start("anna", 3_000, 3, true);

        assertThatThrownBy(() -> engine.getTaskService().claim(task(approval).getId(), "mohamed"))
                .hasRootCauseInstanceOf(AuthorizationException.class);
        assertThat(task(approval)).isNotAssigned();
    }

    @Test
    void refusesSelfApprovalOnClaim() {
        ProcessInstance approval = start("anna", 12_000, 6, false);

        assertThatThrownBy(() -> engine.getTaskService().claim(task(approval).getId(), "anna"))
                .hasRootCauseInstanceOf(AuthorizationException.class)
                .hasMessageContaining("four-eyes");
        assertThat(task(approval)).isNotAssigned();
    }

    @ParameterizedTest(name = "proposed by {0}, judged by {1}")
    @CsvSource({"Anna, anna", "anna, Anna", "ANNA, anna"})
    void refusesSelfApprovalWhateverTheLetterCase(String proposer, String judge) {
        ProcessInstance approval = start(proposer, 30_000, 6, false);

        assertThatThrownBy(() -> engine.getTaskService().claim(task(approval).getId(), judge))
                .hasRootCauseInstanceOf(AuthorizationException.class)
                .hasMessageContaining("four-eyes");
        engine.getTaskService().claim(task(approval).getId(), "marieke");
        engine.getIdentityService().setAuthenticatedUserId(judge);
        assertThatThrownBy(() -> complete(task(approval), withVariables("approved", true)))
                .hasRootCauseInstanceOf(AuthorizationException.class)
                .hasMessageContaining("four-eyes");

        assertThat(approval).isWaitingAt("approveByManager");
    }

    @Test
    void neverOffersTheReviewToTheProposerWhateverTheLetterCase() {
        ProcessInstance approval = start("Anna", 12_000, 6, false);

        assertThat(task(approval)).hasCandidateUser("bram");
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("anna").list())
                .noneMatch(task -> task.getProcessInstanceId().equals(approval.getId()));
    }

    @Test
    void offersTheReviewOnlyToMembersTheFourEyesRuleLetsJudge() {
        String panelMember = staff.user("panel" + System.nanoTime(), "Pim", "Panel", Role.PANEL, "jeugd");
        try {
            ProcessInstance approval = start("anna", 12_000, 6, false);

            assertThat(task(approval)).hasCandidateUser("bram");
            assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser(panelMember).list())
                    .as("a panel member in the team may not review, so is not offered the review")
                    .noneMatch(task -> task.getProcessInstanceId().equals(approval.getId()));
        } finally {
            jdbc.sql("delete from user_account where username = :username").param("username", panelMember).update();
        }
    }

    @Test
    void refusesSelfApprovalOnCompleteEvenWhenAColleagueClaimed() {
        ProcessInstance approval = start("anna", 30_000, 6, false);
        engine.getTaskService().claim(task(approval).getId(), "marieke");

        engine.getIdentityService().setAuthenticatedUserId("anna");
        assertThatThrownBy(() -> complete(task(approval), withVariables("approved", true)))
                .hasRootCauseInstanceOf(AuthorizationException.class);

        assertThat(approval).isWaitingAt("approveByManager");
    }

    @Test
    void refusesAVerdictNobodyGave() {
        ProcessInstance approval = start("anna", 12_000, 6, false);

        assertThatThrownBy(() -> complete(task(approval), withVariables("approved", true)))
                .as("an unclaimed task completed without a known caller")
                .hasRootCauseInstanceOf(AuthorizationException.class);
        engine.getTaskService().claim(task(approval).getId(), "bram");
        assertThatThrownBy(() -> complete(task(approval), withVariables("approved", false)))
                .as("a rejection without a reason")
                .hasRootCauseMessage("casework.verdict.reason.required");

        assertThat(approval).isWaitingAt("reviewProposal");
    }

    /** The approval of a proposal of {@code proposer}, recorded with a request of the youth team. */
    private ProcessInstance start(String proposer, double costPerYear, int durationMonths, boolean residential) {
        Request proposal = cases.proposalBy(proposer, Law.JEUGDWET, costPerYear, residential);
        Map<String, Object> variables = new HashMap<>(Map.of(
                "proposer", proposer, "team", "jeugd", "law", "JEUGDWET", "costPerYear", costPerYear,
                "durationMonths", durationMonths, "residential", residential, "extension", false));
        variables.putAll(Map.of("familyId", proposal.getFamilyId(), "personId", proposal.getPersonId(),
                "requestId", proposal.getId()));
        SecurityContextHolder.clearContext();
        return engine.getRuntimeService().startProcessInstanceByKey("approval", variables);
    }

    private void decide(ProcessInstance approval, String decider, boolean approved, String reason) {
        Task task = task(approval);
        engine.getTaskService().claim(task.getId(), decider);
        Map<String, Object> verdict = new HashMap<>();
        verdict.put("approved", approved);
        verdict.put("reason", reason);
        complete(task, verdict);
    }

    private void assertOutcome(ProcessInstance approval, String outcome, String level) {
        assertThat(historicValue(approval, "approvalOutcome")).isEqualTo(outcome);
        assertThat(historicValue(approval, "approvalLevel")).isEqualTo(level);
    }

    private Object historicValue(ProcessInstance approval, String variable) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(approval.getId()).variableName(variable).singleResult().getValue();
    }
}
