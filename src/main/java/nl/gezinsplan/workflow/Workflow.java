package nl.gezinsplan.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.gezinsplan.casework.ApprovalLevel;
import nl.gezinsplan.casework.Requests;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * The application's one way into the workflow engine: start the route, list a user's tasks, claim and complete
 * them. Engine calls run as the logged-in user, so the engine's own rules (such as the four-eyes rule) see who acts.
 */
@Service
public class Workflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngineCalls engineCalls;
    private final Requests requests;

    Workflow(RuntimeService runtime, TaskService tasks, EngineCalls engineCalls, Requests requests) {
        this.runtime = runtime;
        this.tasks = tasks;
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

    /** Tasks assigned to the user or open to them through their teams and role, oldest first. */
    public List<WorkItem> tasksFor(String username, int offset, int limit) {
        List<Task> page = queryFor(username).orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(offset, limit);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> ids = runtime.createVariableInstanceQuery()
                .processInstanceIdIn(page.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new))
                .variableNameIn("familyId", "personId")
                .list().stream()
                .collect(Collectors.groupingBy(VariableInstance::getProcessInstanceId,
                        Collectors.toMap(VariableInstance::getName, VariableInstance::getValue)));
        return page.stream().map(task -> {
            Map<String, Object> facts = ids.getOrDefault(task.getProcessInstanceId(), Map.of());
            return new WorkItem(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                    task.getProcessInstanceId(), (Long) facts.get("familyId"), (Long) facts.get("personId"),
                    instant(task.getCreateTime()), instant(task.getDueDate()), task.getAssignee());
        }).toList();
    }

    public long countTasksFor(String username) {
        return queryFor(username).count();
    }

    public void claim(String taskId, String username) {
        asCurrentUser(() -> {
            tasks.claim(taskId, username);
            return null;
        });
    }

    public void unclaim(String taskId) {
        asCurrentUser(() -> {
            tasks.setAssignee(taskId, null);
            return null;
        });
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

    private TaskQuery queryFor(String username) {
        return tasks.createTaskQuery().or().taskAssignee(username).taskCandidateUser(username).endOr();
    }

    private <T> T asCurrentUser(Supplier<T> engineCall) {
        return engineCalls.asCurrentUser(engineCall);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
