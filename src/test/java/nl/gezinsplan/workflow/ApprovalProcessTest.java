package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import nl.gezinsplan.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The approval process from bpmn/, deployed by the application on PostgreSQL, with its DMN table. */
@IntegrationTest
class ApprovalProcessTest {

    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void useTheApplicationsEngine() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void cheapShortCareNeedsNoCheck() {
        ProcessInstance approval = start(2_000, 6, false, false);

        assertThat(approval).isEnded().hasPassed("approvedWithoutCheck");
    }

    @Test
    void expensiveCareGoesToASecondConsultantOfTheTeam() {
        ProcessInstance approval = start(12_000, 6, false, false);

        assertThat(approval).isWaitingAt("reviewProposal");
        assertThat(task()).hasCandidateGroup("jeugd");
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("bram").list())
                .as("candidate groups come from Gezinsplan's teams")
                .anyMatch(task -> task.getProcessInstanceId().equals(approval.getId()));
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("carla").list())
                .noneMatch(task -> task.getProcessInstanceId().equals(approval.getId()));

        complete(task(), withVariables("approved", true));
        assertThat(approval).isEnded().hasPassed("approved");
    }

    @Test
    void residentialCareGoesToTheManagerWhoMayReject() {
        ProcessInstance approval = start(3_000, 3, true, false);

        assertThat(approval).isWaitingAt("approveByManager");
        assertThat(task()).hasCandidateGroup("manager");

        complete(task(), withVariables("approved", false));
        assertThat(approval).isEnded().hasPassed("rejected");
    }

    private ProcessInstance start(double costPerYear, int durationMonths, boolean residential, boolean extension) {
        return engine.getRuntimeService().startProcessInstanceByKey("approval", Map.of(
                "costPerYear", costPerYear, "durationMonths", durationMonths, "residential", residential,
                "extension", extension, "team", "jeugd"));
    }
}
