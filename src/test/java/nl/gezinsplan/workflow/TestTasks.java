package nl.gezinsplan.workflow;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Open tasks for tests and benchmarks, started through the application's own routes; and what a colleague does in
 * another session, straight on the engine.
 */
@Component
public class TestTasks {

    private final PerspectiveTalks perspectiveTalks;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final TestCases cases;
    private final Map<String, Long> proposals = new HashMap<>();

    TestTasks(PerspectiveTalks perspectiveTalks, RuntimeService runtime, TaskService tasks, IdentityService identity,
              TestCases cases) {
        this.perspectiveTalks = perspectiveTalks;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.cases = cases;
    }

    /** A proposal of {@code proposer} under the law that needs a colleague's four-eyes check; its review task. */
    public String review(String proposer, Law law, long familyId, long personId) {
        return taskOf(startApproval(approvalVariables(proposer, law, familyId, personId, 12_000, false,
                proposalBy(proposer, law))));
    }

    /** A proposal of residential care, which the team manager approves; the manager's task. */
    public String managerApproval(String proposer, Law law, long familyId, long personId, double costPerYear) {
        return taskOf(startApproval(approvalVariables(proposer, law, familyId, personId, costPerYear, true,
                proposalBy(proposer, law))));
    }

    /**
     * The review task of a proposal made on the request route, whose research term runs until {@code researchDue}:
     * the route started right at its approval, as if triage, research and proposal had been done.
     */
    public String reviewOfARequest(String proposer, Law law, long familyId, long personId, LocalDate researchDue) {
        Map<String, Object> facts = new HashMap<>(approvalVariables(proposer, law, familyId, personId, 12_000, false,
                proposalBy(proposer, law)));
        facts.put("researchDue", EngineDates.startOf(researchDue));
        String request = runtime.createProcessInstanceByKey(RequestRoute.PROCESS).startBeforeActivity("approval")
                .setVariables(facts).execute().getId();
        String approval = runtime.createProcessInstanceQuery().superProcessInstanceId(request).singleResult().getId();
        return taskOf(approval);
    }

    /**
     * An escalation to the managers of the law's team on the request route ({@code researchTermExceeded} or
     * {@code decisionTermExceeded}): the route started right at it, as if its term had passed.
     */
    public String escalation(String taskKey, Law law, long familyId, long personId) {
        return requestAt(taskKey, law, familyId, personId);
    }

    /** A task of the request route ({@code triage}, for one): the route started right at it, for no request. */
    public String requestAt(String taskKey, Law law, long familyId, long personId) {
        return taskOf(runtime.createProcessInstanceByKey(RequestRoute.PROCESS).startBeforeActivity(taskKey)
                .setVariables(Map.of("familyId", familyId, "personId", personId, "law", law.name(),
                        "team", law.teamCode(), "requestId", 0L))
                .execute().getId());
    }

    /** The perspective talk of a youth already past 16.5, a route of youth care that carries no law variable. */
    public String perspectiveTalk(long familyId, long personId, LocalDate birthDate) {
        return taskOf(perspectiveTalks.start(familyId, personId, birthDate));
    }

    /** Moves the task's due date, as its route would have set it. */
    public void due(String taskId, LocalDate day) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        task.setDueDate(EngineDates.startOf(day));
        tasks.saveTask(task);
    }

    public Date followUpOf(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).singleResult().getFollowUpDate();
    }

    public String assigneeOf(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    /** A colleague claims the task in another session. */
    public void claimAs(String user, String taskId) {
        tasks.claim(taskId, user);
    }

    /** A colleague claims the proposal's review or approval and approves it in another session. */
    public void approveAs(String user, String taskId) {
        identity.setAuthenticatedUserId(user);
        try {
            tasks.claim(taskId, user);
            tasks.complete(taskId, Map.of("approved", true));
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The one open task of the process instance. */
    public String taskOf(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    }

    /** The approval of a proposal made on a request ({@link TestCases#proposalBy}), as the request route starts it. */
    public String approvalOf(Request proposal, double costPerYear, boolean residential) {
        Map<String, Object> facts = new HashMap<>(approvalVariables(proposal.getProposedBy(), proposal.getLaw(),
                proposal.getFamilyId(), proposal.getPersonId(), costPerYear, residential, proposal.getId()));
        return startApproval(facts);
    }

    private String startApproval(Map<String, Object> facts) {
        return runtime.startProcessInstanceByKey("approval", facts).getId();
    }

    /**
     * A proposal of {@code proposer} under the law, recorded with a request, where the four-eyes rule reads the
     * proposer; its request's id. One per proposer and law serves every approval started here, as the rule asks only
     * who proposed; its request's own route is dropped, so only those approvals add tasks. Who is signed in stays.
     */
    private synchronized long proposalBy(String proposer, Law law) {
        Long known = proposals.get(proposer + "-" + law);
        if (known != null) {
            return known;
        }
        SecurityContext caller = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            long requestId = cases.proposalBy(proposer, law, 12_000, false).getId();
            runtime.createProcessInstanceQuery().processDefinitionKey(RequestRoute.PROCESS)
                    .processInstanceBusinessKey(RequestRoute.businessKey(requestId)).list()
                    .forEach(route -> runtime.deleteProcessInstance(route.getId(), "test: only its proposal is needed"));
            proposals.put(proposer + "-" + law, requestId);
            return requestId;
        } finally {
            SecurityContextHolder.setContext(caller);
        }
    }

    /** The facts the request route gives its approval; they may name another family and person than the request's. */
    private static Map<String, Object> approvalVariables(String proposer, Law law, long familyId, long personId,
                                                         double costPerYear, boolean residential, long requestId) {
        Map<String, Object> facts = new HashMap<>(Map.of("proposer", proposer, "team", law.teamCode(),
                "law", law.name(), "costPerYear", costPerYear, "durationMonths", 6, "residential", residential,
                "extension", false, "familyId", familyId, "personId", personId));
        facts.put("requestId", requestId);
        return facts;
    }
}
