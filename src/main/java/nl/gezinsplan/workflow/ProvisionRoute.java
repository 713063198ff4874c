package nl.gezinsplan.workflow;

import java.util.HashMap;
import java.util.Map;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.OutflowReason;
import nl.gezinsplan.casework.ProvisionEndedEarly;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The route of a granted provision (bpmn/provision.bpmn): start meeting, check meeting half-way, evaluation meeting
 * before the end, then end of care or an extension request. The meetings' contents are case data; the engine keeps
 * only what routes.
 */
@Service
@Transactional
public class ProvisionRoute {

    static final String PROCESS = "provision";

    private final RuntimeService runtime;
    private final EngineCalls engine;
    private final Messages messages;

    ProvisionRoute(RuntimeService runtime, EngineCalls engine, Messages messages) {
        this.runtime = runtime;
        this.engine = engine;
        this.messages = messages;
    }

    /** Starts the route of a granted provision; returns the process instance id. */
    public String start(GrantedCare granted) {
        return runtime.startProcessInstanceByKey(PROCESS, businessKey(granted.provisionId()), Map.of(
                "provisionId", granted.provisionId(),
                "familyId", granted.familyId(),
                "personId", granted.personId(),
                "team", granted.law().teamCode(),
                "law", granted.law().name(),
                "residential", granted.residential(),
                "careStart", granted.careStart().toString(),
                "careEnd", granted.careEnd().toString())).getId();
    }

    /** Completes the start meeting; the exit goal is required, and for residential care the exit criteria too. */
    public void holdStartMeeting(String taskId, String exitGoal, String exitCriteria) {
        Map<String, Object> agreed = new HashMap<>();
        agreed.put("exitGoal", exitGoal);
        agreed.put("exitCriteria", exitCriteria);
        complete(taskId, agreed);
    }

    public void holdCheckMeeting(String taskId, CheckOutcome outcome) {
        complete(taskId, Map.of("checkOutcome", outcome.name()));
    }

    /** Completes the evaluation meeting with the end of care; the outflow reason is required. */
    public void endCare(String taskId, OutflowReason reason) {
        Map<String, Object> outcome = new HashMap<>();
        outcome.put("evaluationOutcome", "END");
        outcome.put("outflowReason", reason == null ? null : reason.name());
        complete(taskId, outcome);
    }

    /** Completes the evaluation meeting with an extension request, which starts a new request. */
    public void requestExtension(String taskId) {
        complete(taskId, Map.of("evaluationOutcome", "EXTEND"));
    }

    /** A provision ended before its time ends its route, if that is still running. */
    @EventListener
    void endedEarly(ProvisionEndedEarly ended) {
        messages.correlate(Messages.PROVISION_ENDED_EARLY, businessKey(ended.provisionId()),
                Map.of("endedOn", ended.endDate().toString()));
    }

    static String businessKey(long provisionId) {
        return "provision-" + provisionId;
    }

    private void complete(String taskId, Map<String, Object> variables) {
        engine.complete(taskId, variables);
    }
}
