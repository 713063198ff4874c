package nl.gezinsplan.workflow;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verdicts of the approval route and the acknowledgement of reminders and escalations (the {@link Inbox} lists,
 * claims and hands over tasks; the routes' own steps have their own services). Engine calls run as the signed-in
 * user, so the engine's own rules (such as the four-eyes rule) see who acts.
 */
@Service
@Transactional
public class Workflow {

    private final EngineCalls engineCalls;

    Workflow(EngineCalls engineCalls) {
        this.engineCalls = engineCalls;
    }

    /**
     * Gives the reviewer's or manager's verdict on a proposal. The engine's {@link FourEyesRule} records it with the
     * request in the same transaction, and refuses the proposer, anyone outside the team (for the manager's task,
     * anyone but its managers) and a rejection without a reason; a refusal leaves the task open.
     */
    public void complete(String taskId, Verdict verdict) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("approved", verdict.approved());
        variables.put("reason", verdict.reason());
        engineCalls.complete(taskId, variables);
    }

    /** A reminder or an escalation (a term approaching or exceeded, a late talk) has been seen and acted on. */
    public void acknowledge(String taskId) {
        engineCalls.complete(taskId, Map.of());
    }
}
