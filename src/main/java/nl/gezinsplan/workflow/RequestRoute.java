package nl.gezinsplan.workflow;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.gezinsplan.base.AfterCommit;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.ApplicationChannel;
import nl.gezinsplan.casework.ApplicationMade;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.casework.RequestRegistered;
import nl.gezinsplan.casework.RequestStatus;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.casework.ResearchFindings;
import nl.gezinsplan.casework.TriageOutcome;
import nl.gezinsplan.casework.TriageReason;
import nl.gezinsplan.decision.Motivations;
import nl.gezinsplan.plan.PlanAgreed;
import nl.gezinsplan.plan.Plans;
import nl.gezinsplan.workflow.dates.EngineDates;
import nl.gezinsplan.workflow.request.RequestTerms;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The route of a request (bpmn/request.bpmn): triage, research, under the Wmo and the Participatiewet the
 * application, plan and the family's consent, proposal, "nee, tenzij", approval and the decision within the statutory
 * term; under the Participatiewet the work track beside it from the start (work first). Each task is completed with its typed outcome:
 * the case data goes to {@link RequestSteps}, whose request refuses what the policy forbids, and the engine's guards
 * take what routes from there, whichever client completes the task.
 */
@Service
@Transactional
public class RequestRoute {

    static final String PROCESS = ModelIds.REQUEST;
    private static final String STOP_OUTCOME = "stopOutcome";
    /** The terms' dates planned by {@link RequestTerms}: researchDue, decisionRemindAt, ... */
    private static final Pattern PLANNED_DATE = Pattern.compile("(research|decision)(Due|RemindAt|OverdueAt)");

    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskService tasks;
    private final EngineCalls engine;
    private final RequestSteps steps;
    private final Requests requests;
    private final Plans plans;
    private final Correlations correlations;
    private final Motivations motivations;

    RequestRoute(RuntimeService runtime, HistoryService history, TaskService tasks, EngineCalls engine, RequestSteps steps,
                 Requests requests, Plans plans, Correlations correlations, Motivations motivations) {
        this.runtime = runtime;
        this.history = history;
        this.tasks = tasks;
        this.engine = engine;
        this.steps = steps;
        this.requests = requests;
        this.plans = plans;
        this.correlations = correlations;
        this.motivations = motivations;
    }

    /**
     * Every registered request starts its route, once; under the Participatiewet its work track starts at once beside
     * it (work first).
     */
    @AfterCommit
    void start(RequestRegistered request) {
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey(request.requestId())).count() > 0) {
            return;
        }
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
        if (request.law() == Law.PARTICIPATIEWET) {
            correlations.correlate(Correlations.WORK_FIRST, businessKey(request.requestId()), Map.of());
        }
    }

    /** The person's application lets the route that waits for it after the research go on. */
    @AfterCommit
    void applicationMade(ApplicationMade made) {
        correlations.correlate(Correlations.APPLICATION_MADE, businessKey(made.requestId()),
                Map.of("applied", true, "appliedOn", made.appliedOn().toString()));
    }

    /** The family's consent to its plan lets every request of the family that waits for it go on. */
    @AfterCommit
    void familyAgreed(PlanAgreed agreed) {
        correlations.correlateWithFamily(Correlations.FAMILY_AGREED_TO_PLAN, agreed.familyId());
    }

    /**
     * A crisis's provisional decision: the provisions proposed so far are granted at once for a short period, the
     * family gets its letter, and the full route follows.
     */
    public void decideProvisionally(String taskId, String motivation) {
        steps.decideProvisionally(requestOf(taskId), motivation);
        engine.complete(taskId, Map.of());
    }

    /**
     * Triage on the ladder, with what it found behind the question; the request refuses to close a medical referral
     * or a court order here, and the route follows the outcome recorded with it.
     */
    public void triage(String taskId, TriageOutcome outcome, Set<TriageReason> reasons, String note) {
        steps.recordTriage(requestOf(taskId), outcome, reasons, note);
        engine.complete(taskId, Map.of());
    }

    /**
     * The research (keukentafelgesprek) is done: its report is recorded with the request (under the Wmo sent to the
     * family), and its findings go into the family plan next.
     */
    public void completeResearch(String taskId, ResearchFindings findings) {
        steps.recordResearch(requestOf(taskId), findings);
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

    /**
     * After asking the person for their application: either they applied (on paper or in a conversation, on
     * {@code on}, recorded now) or the route waits again ({@code channel} null).
     */
    public void recordApplication(String taskId, LocalDate on, ApplicationChannel channel) {
        if (channel != null) {
            requests.apply(requestOf(taskId), on, channel);
        }
        engine.complete(taskId, Map.of());
    }

    /** Work first: the work track starts with what was agreed about work and from when. */
    public void startWorkTrack(String taskId, String agreements, LocalDate startsOn) {
        steps.startWorkTrack(requestOf(taskId), agreements, startsOn);
        engine.complete(taskId, Map.of());
    }

    /**
     * The provisions proposed for the request are complete, with the proposer's motivation; the approval table routes
     * on their facts.
     */
    public void completeProposal(String taskId, String motivation) {
        steps.propose(requestOf(taskId), motivation);
        engine.complete(taskId, Map.of());
    }

    /**
     * The "nee, tenzij" check, or the panel's decision on a doubtful case. The request refuses a NO without reasons or
     * alternatives, a doubt without the question to the panel, and a panel that doubts; the route follows the answer
     * recorded with it. The panel's own decision has no question ({@code questionToPanel} is ignored).
     */
    public void checkNeeTenzij(String taskId, NeeTenzijOutcome outcome, List<RefusalReason> reasons,
                               String alternatives, String questionToPanel) {
        long requestId = requestOf(taskId);
        if (ModelIds.PANEL_DECISION.equals(engine.taskKey(taskId))) {
            steps.recordPanelDecision(requestId, outcome, reasons, alternatives);
        } else {
            steps.recordNeeTenzij(requestId, outcome, reasons, alternatives, questionToPanel);
        }
        engine.complete(taskId, Map.of());
    }

    /**
     * After a rejection the proposer adjusts the proposal and submits it again, to be judged on its new facts, or
     * withdraws the request.
     */
    public void resubmitProposal(String taskId, String motivation) {
        steps.propose(requestOf(taskId), motivation);
        engine.complete(taskId, Map.of("resubmit", true));
    }

    public void withdrawProposal(String taskId) {
        engine.complete(taskId, Map.of("resubmit", false));
    }

    /**
     * The decision is issued with the motivation its letter carries: at {@code decide} the route grants the proposed
     * provisions and starts their meetings; at {@code decideRefusal}, after a no at the "nee, tenzij" check or by the
     * panel, the request ends refused. Either way the letter is sent once the request is closed.
     */
    public void decide(String taskId, String motivation) {
        motivations.record(requestOf(taskId), motivation);
        engine.complete(taskId, Map.of());
    }

    /**
     * The family withdraws the request (intrekking), in the portal or as the consultant records it: the route ends at
     * once, wherever it is, reminders included, and closes the request as withdrawn.
     */
    public void withdraw(long requestId, String reason) {
        steps.recordWithdrawal(requestId, reason);
        stop(requestId, RequestStatus.WITHDRAWN);
    }

    /** The consultant closes the request without a decision, with a reason: the route ends at once and closes it. */
    public void closeWithoutDecision(long requestId, String reason) {
        steps.recordClosingWithoutDecision(requestId, reason);
        stop(requestId, RequestStatus.CLOSED_WITHOUT_DECISION);
    }

    private void stop(long requestId, RequestStatus outcome) {
        if (!correlations.correlate(Correlations.REQUEST_STOPPED, businessKey(requestId),
                Map.of("stopOutcome", outcome.name()))) {
            throw new IllegalStateException("The route of request " + requestId + " does not run");
        }
    }

    /**
     * A manager of the request's team reopens a withdrawn request, or one closed without a decision: its route
     * continues where it stopped, in a new instance with the variables of the last, started before the activity it
     * was interrupted at (after a proposal withdrawn at its approval: the proposal). The days it was closed do not
     * count for its terms: the request keeps them as a period among its suspensions, which terms planned later leave
     * out ({@link nl.gezinsplan.workflow.request.RequestTerms}); the dates already planned move by them here.
     */
    public void reopen(long requestId) {
        int closedDays = steps.reopen(requestId);
        HistoricProcessInstance last = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey(requestId)).finished()
                .orderByProcessInstanceEndTime().desc().listPage(0, 1).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Request " + requestId + " has no ended route"));
        Map<String, Object> facts = new HashMap<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(last.getId()).list().stream()
                .filter(variable -> last.getId().equals(variable.getExecutionId()))
                .filter(variable -> !STOP_OUTCOME.equals(variable.getName()))
                .forEach(variable -> facts.put(variable.getName(), variable.getValue()));
        facts.replaceAll((name, value) -> value instanceof Date date && PLANNED_DATE.matcher(name).matches()
                ? EngineDates.startOf(EngineDates.dayOf(date).plusDays(closedDays)) : value);
        var restart = runtime.createProcessInstanceByKey(PROCESS).businessKey(businessKey(requestId))
                .setVariables(facts).startBeforeActivity(stoppedAt(last.getId()));
        if (workTrackWasOpen(last.getId())) {
            restart.startBeforeActivity(ModelIds.START_WORK_TRACK);
        }
        restart.execute();
    }

    /**
     * The step the route was interrupted at (the last cancelled, not a reminder beside it); the proposal when it ended
     * withdrawn at its approval instead.
     */
    private String stoppedAt(String processInstanceId) {
        if (history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(ModelIds.STOP_ROUTE).count() == 0) {
            return ModelIds.PROPOSE_PROVISION;
        }
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).canceled()
                .orderByHistoricActivityInstanceEndTime().desc().list().stream()
                .map(HistoricActivityInstance::getActivityId)
                .filter(activity -> !ModelIds.BESIDE_THE_ROUTE.contains(activity) && !ModelIds.WORK_FIRST.equals(activity))
                .findFirst().orElseThrow();
    }

    /** Whether the work track beside the route (work first) was still to be started when the route stopped. */
    private boolean workTrackWasOpen(String processInstanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(ModelIds.START_WORK_TRACK).canceled().count() > 0;
    }

    /**
     * The task the request waits at, on its route or in its approval, if any: none while it waits for the family's
     * consent or the application. Reminders of terms and the work track are beside the route, not steps of it.
     */
    public Optional<RouteStep> openTaskOf(long requestId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey(requestId)).list().stream()
                .filter(task -> !ModelIds.BESIDE_THE_ROUTE.contains(task.getTaskDefinitionKey()))
                .map(task -> new RouteStep(task.getId(), task.getTaskDefinitionKey(), task.getName()))
                .findFirst();
    }

    /** Who has an open task asking the family for its consent to the plan (Instemming gezin navragen), if anyone. */
    @Transactional(readOnly = true)
    public Set<String> consentAskedBy(long familyId) {
        return tasks.createTaskQuery().taskDefinitionKey(ModelIds.ASK_FAMILY_CONSENT)
                .processVariableValueEquals("familyId", familyId).list().stream()
                .map(task -> task.getAssignee())
                .filter(assignee -> assignee != null)
                .collect(java.util.stream.Collectors.toSet());
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
}
