package nl.gezinsplan.workflow;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import nl.gezinsplan.casework.ApprovalLevel;
import nl.gezinsplan.casework.Requests;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * The application's one way into the approval route: start it and give verdicts (the {@link Inbox} lists, claims and
 * hands over tasks). Engine calls run as the logged-in user, so the engine's own rules (such as the four-eyes rule)
 * see who acts.
 */
@Service
public class Workflow {

    private final RuntimeService runtime;
    private final EngineCalls engineCalls;
    private final Requests requests;

    Workflow(RuntimeService runtime, EngineCalls engineCalls, Requests requests) {
        this.runtime = runtime;
        this.engineCalls = engineCalls;
        this.requests = requests;
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
        variables.put("requestId", request.requestId());
        return asCurrentUser(() -> runtime.startProcessInstanceByKey("approval", variables).getId());
    }

    /**
     * Gives the reviewer's or manager's verdict on a proposal and records it with the request. The engine refuses the
     * proposer, a manager of another team and a rejection without a reason.
     */
    public void complete(String taskId, Verdict verdict) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("approved", verdict.approved());
        variables.put("reason", verdict.reason());
        long requestId = engineCalls.variable(taskId, "requestId", Long.class);
        ApprovalLevel level = FourEyesRule.MANAGER_TASK.equals(engineCalls.taskKey(taskId))
                ? ApprovalLevel.MANAGER : ApprovalLevel.FOUR_EYES;
        engineCalls.complete(taskId, variables);
        requests.recordVerdict(requestId, level, verdict.approved(), verdict.reason());
    }

    /** A reminder or an escalation (a term approaching or exceeded, a late talk) has been seen and acted on. */
    public void acknowledge(String taskId) {
        engineCalls.complete(taskId, Map.of());
    }

    private <T> T asCurrentUser(Supplier<T> engineCall) {
        return engineCalls.asCurrentUser(engineCall);
    }
}
