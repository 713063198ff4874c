package nl.gezinsplan.workflow;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.gezinsplan.base.AfterCommit;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.objection.ObjectionRegistered;
import nl.gezinsplan.objection.ObjectionSteps;
import nl.gezinsplan.objection.ObjectionVerdict;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The route of an objection (bpmn/objection.bpmn): admissibility, the informal talk, the hearing, the committee's
 * advice and the decision on the objection within its term, with a reminder before and an escalation after it. Each
 * step is recorded with the objection ({@link ObjectionSteps}), which refuses what the law and the order of the steps
 * forbid; the engine routes on what was recorded.
 */
@Service
@Transactional
public class ObjectionRoute {

    static final String PROCESS = ModelIds.OBJECTION;
    /** The reminder comes a week before the decision on the objection is due. */
    private static final int REMIND_DAYS_BEFORE = 7;

    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskService tasks;
    private final ManagementService management;
    private final EngineCalls engine;
    private final ObjectionSteps steps;

    ObjectionRoute(RuntimeService runtime, HistoryService history, TaskService tasks, ManagementService management,
                   EngineCalls engine, ObjectionSteps steps) {
        this.runtime = runtime;
        this.history = history;
        this.tasks = tasks;
        this.management = management;
        this.engine = engine;
        this.steps = steps;
    }

    /** Every registered objection starts its route, once. */
    @AfterCommit
    void start(ObjectionRegistered objection) {
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey(objection.objectionId())).count() > 0) {
            return;
        }
        Map<String, Object> facts = new HashMap<>();
        facts.put("objectionId", objection.objectionId());
        facts.put("requestId", objection.requestId());
        facts.put("familyId", objection.familyId());
        facts.put("personId", objection.personId());
        facts.put("law", objection.law().name());
        facts.put("team", objection.law().teamCode());
        facts.putAll(term(objection.decisionDue()));
        runtime.startProcessInstanceByKey(PROCESS, businessKey(objection.objectionId()), facts);
    }

    /** Admissible, or not with the reason: then the objection is decided and its letter goes. */
    public void assessAdmissibility(String taskId, Boolean admissible, String reason) {
        steps.assessAdmissibility(objectionOf(taskId), admissible, reason);
        engine.complete(taskId, Map.of());
    }

    /** The informal talk; resolved, the objection is withdrawn. */
    public void recordTalk(String taskId, LocalDate heldOn, String report, boolean resolved) {
        steps.recordTalk(objectionOf(taskId), heldOn, report, resolved);
        engine.complete(taskId, Map.of());
    }

    public void holdHearing(String taskId, LocalDate heldOn, String attendees, String report) {
        steps.recordHearing(objectionOf(taskId), heldOn, attendees, report);
        engine.complete(taskId, Map.of());
    }

    public void recordAdvice(String taskId, ObjectionVerdict advice, String text) {
        steps.recordAdvice(objectionOf(taskId), advice, text);
        engine.complete(taskId, Map.of());
    }

    /** The decision on the objection; well-founded, the decision it was against is revised. */
    public void decide(String taskId, ObjectionVerdict verdict, String motivation) {
        steps.decide(objectionOf(taskId), verdict, motivation);
        engine.complete(taskId, Map.of());
    }

    /**
     * Extends the term of the decision on the objection once (Awb 7:10): the objection records it (and refuses a
     * second one, one after the term and one without a reason); the due date, the reminder and the escalation move.
     */
    public void extend(long objectionId, String reason) {
        ProcessInstance route = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey(objectionId)).singleResult();
        if (route == null) {
            throw new InvalidInput("objection.concluded");
        }
        LocalDate due = steps.extend(objectionId, reason);
        Map<String, Object> term = term(due);
        engine.asSystem(() -> {
            runtime.setVariables(route.getId(), term);
            for (Job timer : management.createJobQuery().processInstanceId(route.getId()).timers().list()) {
                Date moved = ModelIds.OBJECTION_REMINDER.equals(activityOf(timer)) ? (Date) term.get("objectionRemindAt")
                        : (Date) term.get("objectionOverdueAt");
                management.setJobDuedate(timer.getId(), moved);
            }
            for (Task task : tasks.createTaskQuery().processInstanceId(route.getId()).list()) {
                if (!ModelIds.OBJECTION_TERM_EXCEEDED.equals(task.getTaskDefinitionKey())) {
                    task.setDueDate((Date) term.get("decisionDue"));
                    tasks.saveTask(task);
                }
            }
            return null;
        });
    }

    /** The objection a task of its route is about; empty for other routes. */
    public Optional<Long> objectionBehind(String taskId) {
        return Optional.ofNullable(engine.variable(taskId, "objectionId", Long.class));
    }

    /** The task the objection's route waits at, if any: reminders of its term are beside the route. */
    public Optional<RouteStep> openTaskOf(long objectionId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey(objectionId)).list().stream()
                .filter(task -> !ModelIds.OBJECTION_TERM_REMINDERS.contains(task.getTaskDefinitionKey()))
                .map(task -> new RouteStep(task.getId(), task.getTaskDefinitionKey(), task.getName()))
                .findFirst();
    }

    static String businessKey(long objectionId) {
        return "objection-" + objectionId;
    }

    private long objectionOf(String taskId) {
        return objectionBehind(taskId).orElseThrow(() -> new IllegalStateException("Task " + taskId
                + " has no objection"));
    }

    private String activityOf(Job timer) {
        return management.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId()).singleResult()
                .getActivityId();
    }

    private static Map<String, Object> term(LocalDate due) {
        return Map.of("decisionDue", EngineDates.startOf(due),
                "objectionRemindAt", EngineDates.startOf(due.minusDays(REMIND_DAYS_BEFORE)),
                "objectionOverdueAt", EngineDates.startOf(due.plusDays(1)));
    }
}
