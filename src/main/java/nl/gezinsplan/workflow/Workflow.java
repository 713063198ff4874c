package nl.gezinsplan.workflow;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;

/**
 * The application's one way into the workflow engine: start the approval route and complete its tasks (the
 * {@link Inbox} lists, claims and hands over tasks). Engine calls run as the logged-in user, so the engine's own
 * rules (such as the four-eyes rule) see who acts.
 */
@Service
public class Workflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngineCalls engineCalls;

    Workflow(RuntimeService runtime, TaskService tasks, EngineCalls engineCalls) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.engineCalls = engineCalls;
    }

    /** Starts the approval of a proposed provision and returns the process instance id. */
    public String startApproval(ApprovalRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("proposer", request.proposer());
        variables.put("team", request.team());
        variables.put("law", request.law().name());
        variables.put("costPerYear", request.costPerYear());
        variables.put("durationMonths", request.durationMonths());
        variables.put("residential", request.residential());
        variables.put("extension", request.extension());
        variables.put("familyId", request.familyId());
        variables.put("personId", request.personId());
        variables.put("provisionId", request.provisionId());
        return asCurrentUser(() -> runtime.startProcessInstanceByKey("approval", variables).getId());
    }

    public void complete(String taskId, Verdict verdict) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("approved", verdict.approved());
        variables.put("reason", verdict.reason());
        asCurrentUser(() -> {
            tasks.complete(taskId, variables);
            return null;
        });
    }

    private <T> T asCurrentUser(Supplier<T> engineCall) {
        return engineCalls.asCurrentUser(engineCall);
    }
}
