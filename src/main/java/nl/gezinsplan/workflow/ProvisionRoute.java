package nl.gezinsplan.workflow;

import java.util.HashMap;
import java.util.Map;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.OutflowReason;
import nl.gezinsplan.casework.ProvisionEndedEarly;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.meeting.MeetingKind;
import nl.gezinsplan.meeting.MeetingReport;
import nl.gezinsplan.meeting.Meetings;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
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
    private final Correlations correlations;
    private final Meetings meetings;
    private final Provisions provisions;

    ProvisionRoute(RuntimeService runtime, EngineCalls engine, Correlations correlations, Meetings meetings,
                   Provisions provisions) {
        this.runtime = runtime;
        this.engine = engine;
        this.correlations = correlations;
        this.meetings = meetings;
        this.provisions = provisions;
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

    /**
     * Records the start meeting; the engine requires the exit goal, and for residential care the exit criteria too,
     * which are case data and reach its check only transiently.
     */
    public void holdStartMeeting(String taskId, MeetingReport report, String exitGoal, String exitCriteria) {
        record(taskId, MeetingKind.START, report, null, exitGoal, exitCriteria);
        Map<String, Object> agreed = new HashMap<>();
        agreed.put("exitGoal", Variables.stringValue(exitGoal, true));
        agreed.put("exitCriteria", Variables.stringValue(exitCriteria, true));
        engine.complete(taskId, agreed);
    }

    public void holdCheckMeeting(String taskId, MeetingReport report, CheckOutcome outcome) {
        String verdict = outcome == null ? null : outcome.name();
        record(taskId, MeetingKind.CHECK, report, verdict, null, null);
        Map<String, Object> routing = new HashMap<>();
        routing.put("checkOutcome", verdict);
        engine.complete(taskId, routing);
    }

    /** Completes the evaluation meeting with the end of care; the engine requires the outflow reason. */
    public void endCare(String taskId, MeetingReport report, OutflowReason reason) {
        record(taskId, MeetingKind.EVALUATION, report, "END", null, null);
        Map<String, Object> outcome = new HashMap<>();
        outcome.put("evaluationOutcome", "END");
        outcome.put("outflowReason", reason == null ? null : reason.name());
        engine.complete(taskId, outcome);
    }

    /** Completes the evaluation meeting with an extension request, which registers a new request. */
    public void requestExtension(String taskId, MeetingReport report) {
        record(taskId, MeetingKind.EVALUATION, report, "EXTEND", null, null);
        engine.complete(taskId, Map.of("evaluationOutcome", "EXTEND"));
    }

    /** The monthly review's question to the provider, answered: the exit perspective of the residential care. */
    public void recordExitPerspective(String taskId, String answer) {
        provisions.recordExitPerspective(engine.variable(taskId, "provisionId", Long.class), answer);
        engine.complete(taskId, Map.of());
    }

    /** A provision ended before its time ends its route, if that is still running. */
    @EventListener
    void endedEarly(ProvisionEndedEarly ended) {
        correlations.correlate(Correlations.PROVISION_ENDED_EARLY, businessKey(ended.provisionId()),
                Map.of("endedOn", ended.endDate().toString()));
    }

    static String businessKey(long provisionId) {
        return "provision-" + provisionId;
    }

    private void record(String taskId, MeetingKind kind, MeetingReport report, String outcome, String exitGoal,
                        String exitCriteria) {
        meetings.recordProvisionMeeting(engine.variable(taskId, "familyId", Long.class),
                engine.variable(taskId, "personId", Long.class), engine.variable(taskId, "provisionId", Long.class),
                kind, report, outcome, exitGoal, exitCriteria);
    }
}
