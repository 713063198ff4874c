package nl.gezinsplan.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.Proposal;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.casework.RequestRegistered;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.TriageOutcome;
import nl.gezinsplan.casework.TriageReason;
import nl.gezinsplan.plan.PlanAgreed;
import nl.gezinsplan.plan.Plans;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The route of a request (bpmn/request.bpmn): triage, research, plan and the family's consent, proposal,
 * "nee, tenzij", approval and the decision within the statutory term. Each task is completed with its typed outcome:
 * the case data goes to {@link Requests}, the engine gets only what routes.
 */
@Service
@Transactional
public class RequestRoute {

    static final String PROCESS = "request";
    /** Tasks beside the route's own step: a statutory term approaching or exceeded. */
    private static final Set<String> TERM_REMINDERS = Set.of("researchTermApproaching", "researchTermExceeded",
            "decisionTermApproaching", "decisionTermExceeded");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngineCalls engine;
    private final Requests requests;
    private final Plans plans;
    private final Correlations correlations;

    RequestRoute(RuntimeService runtime, TaskService tasks, EngineCalls engine, Requests requests, Plans plans, Correlations correlations) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.engine = engine;
        this.requests = requests;
        this.plans = plans;
        this.correlations = correlations;
    }

    /** Every registered request starts its route, in the transaction that registers it. */
    @EventListener
    void start(RequestRegistered request) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("requestId", request.requestId());
        facts.put("familyId", request.familyId());
        facts.put("personId", request.personId());
        facts.put("law", request.law().name());
        facts.put("team", request.law().teamCode());
        facts.put("referrer", request.referrer().name());
        facts.put("urgency", request.urgency().name());
        facts.put("requestedOn", request.requestedOn().toString());
        facts.put("extension", request.extension());
        runtime.startProcessInstanceByKey(PROCESS, businessKey(request.requestId()), facts);
    }

    /** The family's consent to its plan lets every request of the family that waits for it go on. */
    @EventListener
    void familyAgreed(PlanAgreed agreed) {
        correlations.correlateWithFamily(Correlations.FAMILY_AGREED_TO_PLAN, agreed.familyId());
    }

    /**
     * Triage on the ladder, with what it found behind the question; the engine refuses to close a medical referral
     * or a court order here.
     */
    public void triage(String taskId, TriageOutcome outcome, Set<TriageReason> reasons, String note) {
        requests.recordTriage(requestOf(taskId), outcome, reasons, note);
        engine.complete(taskId, variables("triageOutcome", outcome == null ? null : outcome.name()));
    }

    /** The research (keukentafelgesprek) is done; its findings go into the family plan next. */
    public void completeResearch(String taskId) {
        engine.complete(taskId, Map.of());
    }

    /** The plan is brought up to date; unless the family already agreed to this version, the route waits for it. */
    public void completePlanUpdate(String taskId) {
        long familyId = engine.variable(taskId, "familyId", Long.class);
        engine.complete(taskId, Map.of("planAgreed", plans.currentVersionAgreed(familyId)));
    }

    /** After asking the family: either they agreed (on paper, recorded now) or the route waits again. */
    public void recordFamilyAnswer(String taskId, boolean agreed) {
        if (agreed) {
            plans.recordAgreementOnPaper(engine.variable(taskId, "familyId", Long.class));
        }
        engine.complete(taskId, Map.of("familyAgreed", agreed));
    }

    /** The provisions proposed for the request are complete; the approval table routes on their facts. */
    public void completeProposal(String taskId) {
        Proposal proposal = requests.propose(requestOf(taskId));
        engine.complete(taskId, proposalFacts(proposal));
    }

    /**
     * The "nee, tenzij" check, or the panel's decision on a doubtful case. The engine refuses a NO without reasons or
     * alternatives and a panel that doubts; reasons and alternatives are case data, passed to its check transiently.
     */
    public void checkNeeTenzij(String taskId, NeeTenzijOutcome outcome, List<RefusalReason> reasons,
                               String alternatives) {
        long requestId = requestOf(taskId);
        if ("panelDecision".equals(engine.taskKey(taskId))) {
            requests.recordPanelDecision(requestId, outcome, reasons, alternatives);
        } else {
            requests.recordNeeTenzij(requestId, outcome, reasons, alternatives);
        }
        Map<String, Object> routing = variables("neeTenzijOutcome", outcome == null ? null : outcome.name());
        routing.put("refusalReasons", Variables.stringValue(
                reasons.stream().map(Enum::name).collect(Collectors.joining(",")), true));
        routing.put("alternatives", Variables.stringValue(alternatives, true));
        engine.complete(taskId, routing);
    }

    /**
     * After a rejection the proposer adjusts the proposal and submits it again, with its new facts, or withdraws
     * the request.
     */
    public void resubmitProposal(String taskId) {
        Map<String, Object> routing = proposalFacts(requests.propose(requestOf(taskId)));
        routing.put("resubmit", true);
        engine.complete(taskId, routing);
    }

    public void withdrawProposal(String taskId) {
        engine.complete(taskId, Map.of("resubmit", false));
    }

    /** The decision is made: the route grants the proposed provisions and starts their meetings. */
    public void decide(String taskId) {
        requestOf(taskId);
        engine.complete(taskId, Map.of());
    }

    /**
     * The task the request waits at, on its route or in its approval, if any: none while it waits for the family's
     * consent. Reminders of terms are beside the route, not steps of it.
     */
    public Optional<RouteStep> openTaskOf(long requestId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey(requestId)).list().stream()
                .filter(task -> !TERM_REMINDERS.contains(task.getTaskDefinitionKey()))
                .map(task -> new RouteStep(task.getId(), task.getName()))
                .findFirst();
    }

    static String businessKey(long requestId) {
        return "request-" + requestId;
    }

    /** The request a task of its route (or its approval) is about. */
    public long requestOf(String taskId) {
        return requestBehind(taskId).orElseThrow(() -> new IllegalStateException("Task " + taskId + " has no request"));
    }

    /** The request a task is about, if it is a task of a request's route or its approval; empty for other routes. */
    public Optional<Long> requestBehind(String taskId) {
        return Optional.ofNullable(engine.variable(taskId, "requestId", Long.class));
    }

    private static Map<String, Object> proposalFacts(Proposal proposal) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("costPerYear", proposal.costPerYear().doubleValue());
        facts.put("durationMonths", proposal.durationMonths());
        facts.put("residential", proposal.residential());
        return facts;
    }

    private static Map<String, Object> variables(String name, Object value) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(name, value);
        return variables;
    }
}
