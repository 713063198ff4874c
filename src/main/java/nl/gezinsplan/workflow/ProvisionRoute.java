package nl.gezinsplan.workflow;

import java.util.Map;
import nl.gezinsplan.base.AfterCommit;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.OutflowReason;
import nl.gezinsplan.casework.ProvisionEndedEarly;
import nl.gezinsplan.casework.ProvisionSteps;
import nl.gezinsplan.meeting.CheckOutcome;
import nl.gezinsplan.meeting.EvaluationOutcome;
import nl.gezinsplan.meeting.MeetingReport;
import nl.gezinsplan.meeting.MeetingSteps;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The route of a granted provision (bpmn/provision.bpmn): start meeting, check meeting half-way, evaluation meeting
 * before the end, then end of care or an extension request. The meetings' contents and their rules are case data, in
 * {@code meeting} and {@code casework}; the engine keeps ids, and its guards route by what the meetings recorded.
 */
@Service
@Transactional
public class ProvisionRoute {

    static final String PROCESS = ModelIds.PROVISION;

    private final RuntimeService runtime;
    private final EngineCalls engine;
    private final Correlations correlations;
    private final MeetingSteps meetings;
    private final ProvisionSteps provisions;

    ProvisionRoute(RuntimeService runtime, EngineCalls engine, Correlations correlations, MeetingSteps meetings,
                   ProvisionSteps provisions) {
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
     * Records the start meeting, which needs an exit goal, and for residential care exit criteria too; these are case
     * data, and the engine's guard only asks that the meeting was recorded.
     */
    public void holdStartMeeting(String taskId, MeetingReport report, String exitGoal, String exitCriteria) {
        Facts facts = factsOf(taskId);
        meetings.recordStartMeeting(facts.familyId(), facts.personId(), facts.provisionId(), report, exitGoal,
                exitCriteria);
        engine.complete(taskId, Map.of());
    }

    /** Records the check meeting with its verdict; the engine routes by the verdict as recorded. */
    public void holdCheckMeeting(String taskId, MeetingReport report, CheckOutcome outcome) {
        Facts facts = factsOf(taskId);
        meetings.recordCheckMeeting(facts.familyId(), facts.personId(), facts.provisionId(), report, outcome);
        engine.complete(taskId, Map.of());
    }

    /** Completes the evaluation meeting with the end of care, which needs the outflow reason. */
    public void endCare(String taskId, MeetingReport report, OutflowReason reason) {
        Facts facts = factsOf(taskId);
        provisions.recordOutflow(facts.provisionId(), reason);
        meetings.recordEvaluation(facts.familyId(), facts.personId(), facts.provisionId(), report,
                EvaluationOutcome.END);
        engine.complete(taskId, Map.of());
    }

    /** Completes the evaluation meeting with an extension request, which registers a new request. */
    public void requestExtension(String taskId, MeetingReport report) {
        Facts facts = factsOf(taskId);
        meetings.recordEvaluation(facts.familyId(), facts.personId(), facts.provisionId(), report,
                EvaluationOutcome.EXTEND);
        engine.complete(taskId, Map.of());
    }

    /** The monthly review's question to the provider, answered: the exit perspective of the residential care. */
    public void recordExitPerspective(String taskId, String answer) {
        provisions.recordExitPerspective(engine.variable(taskId, "provisionId", Long.class), answer);
        engine.complete(taskId, Map.of());
    }

    /** A provision ended before its time ends its route, if that is still running. */
    @AfterCommit
    void endedEarly(ProvisionEndedEarly ended) {
        correlations.correlate(Correlations.PROVISION_ENDED_EARLY, businessKey(ended.provisionId()),
                Map.of("endedOn", ended.endDate().toString()));
    }

    static String businessKey(long provisionId) {
        return "provision-" + provisionId;
    }

    private Facts factsOf(String taskId) {
        return new Facts(engine.variable(taskId, "familyId", Long.class),
                engine.variable(taskId, "personId", Long.class), engine.variable(taskId, "provisionId", Long.class));
    }

    /** The ids the route keeps for its meetings. */
    private record Facts(long familyId, long personId, long provisionId) {
    }
}
