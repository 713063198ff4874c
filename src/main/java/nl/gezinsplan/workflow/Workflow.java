package nl.gezinsplan.workflow;

import java.util.HashMap;
import java.util.Map;
import nl.gezinsplan.casework.ApprovalLevel;
import nl.gezinsplan.casework.Requests;
import org.springframework.stereotype.Service;

/**
 * The verdicts of the approval route and the acknowledgement of reminders and escalations (the {@link Inbox} lists,
 * claims and hands over tasks; the routes' own steps have their own services). Engine calls run as the signed-in
 * user, so the engine's own rules (such as the four-eyes rule) see who acts.
 */
@Service
public class Workflow {

    private final EngineCalls engineCalls;
    private final Requests requests;

    Workflow(EngineCalls engineCalls, Requests requests) {
        this.engineCalls = engineCalls;
        this.requests = requests;
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
}
