package nl.gezinsplan.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.security.UserFilter;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task inbox (werkvoorraad) of the signed-in user: the tasks assigned to them and those open to them through
 * their groups, filtered, sorted and paged by the engine's own task query, so no list ever loads all tasks. And what
 * one does with a task short of completing it: claim it, give it back, hand it to a colleague who may do it, or set a
 * day to follow it up. Whoever a task is not open to may do none of these.
 */
@Service
@Transactional
public class Inbox {

    private static final String[] FACTS = {"familyId", "personId", "requestId", "law", "costPerYear", "decisionDue",
        "researchDue", TermClock.SUSPENDED_UNTIL};

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;
    private final EngineCalls engine;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final Map<String, String> routeOfDefinition = new ConcurrentHashMap<>();
    private final Map<String, String> formOfTask = new ConcurrentHashMap<>();

    Inbox(TaskService tasks, RuntimeService runtime, HistoryService history, RepositoryService repository,
          EngineCalls engine, CurrentUser currentUser, UserDirectory directory) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
        this.engine = engine;
        this.currentUser = currentUser;
        this.directory = directory;
    }

    /** A page of the signed-in user's tasks that pass the filter, in the given order. */
    @Transactional(readOnly = true)
    public List<WorkItem> tasks(InboxFilter filter, List<InboxSort> order, int offset, int limit) {
        return page(query(filter), order, offset, limit);
    }

    /** A page of the query's tasks in the given order (most urgent first when none), with their routing facts. */
    List<WorkItem> page(InboxQuery query, List<InboxSort> order, int offset, int limit) {
        List<Task> page = query.page(tasks, order.isEmpty() ? InboxSort.DEFAULT : order, offset, limit);
        return page.isEmpty() ? List.of() : withFacts(page);
    }

    /** A page of the query's tasks in the given order (most urgent first when none), with their routing facts. */
    List<WorkItem> page(TaskQuery query, List<InboxSort> order, int offset, int limit) {
        for (InboxSort sort : order.isEmpty() ? InboxSort.DEFAULT : order) {
            orderBy(query, sort.field());
            if (sort.ascending()) {
                query.asc();
            } else {
                query.desc();
            }
        }
        List<Task> page = query.orderByTaskId().asc().listPage(offset, limit);
        return page.isEmpty() ? List.of() : withFacts(page);
    }

    /**
     * One of the signed-in user's tasks, with its facts; empty when it is not, or no longer, theirs. A task that is
     * still open but was never open to them (another team's, or their own proposal's review) is a refusal, and
     * recorded as one; a task a colleague took first is not.
     */
    @Transactional(readOnly = true)
    public Optional<WorkItem> task(String taskId) {
        List<Task> found = query(InboxFilter.EVERYTHING).task(taskId).list(tasks);
        if (found.isEmpty()) {
            String me = me();
            Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
            if (task != null && !me.equalsIgnoreCase(task.getAssignee()) && !engine.isOpenTo(taskId, me)) {
                engine.refused(taskId, "Task " + taskId + " is not open to " + me);
            }
            return Optional.empty();
        }
        return Optional.of(withFacts(found).get(0));
    }

    /**
     * The task as the signed-in user's list with this filter shows it now; empty when it no longer passes (a colleague
     * took or finished it). Unlike {@link #task} never a refusal: the user had it in their list.
     */
    @Transactional(readOnly = true)
    public Optional<WorkItem> listed(InboxFilter filter, String taskId) {
        List<Task> found = query(filter).task(taskId).list(tasks);
        return found.isEmpty() ? Optional.empty() : Optional.of(withFacts(found).get(0));
    }

    @Transactional(readOnly = true)
    public long count(InboxFilter filter) {
        return query(filter).count(tasks);
    }

    /** The kinds of user task in the deployed routes, by name. */
    @Transactional(readOnly = true)
    public List<TaskType> taskTypes() {
        Map<String, TaskType> types = new HashMap<>();
        for (ProcessDefinition route : repository.createProcessDefinitionQuery().latestVersion().list()) {
            repository.getBpmnModelInstance(route.getId()).getModelElementsByType(UserTask.class)
                    .forEach(task -> types.putIfAbsent(task.getId(), new TaskType(task.getId(), task.getName())));
        }
        return types.values().stream().sorted(Comparator.comparing(TaskType::name)).toList();
    }

    /** Takes the task. Refused when a colleague has it or it is not open to the signed-in user. */
    public void claim(String taskId) {
        String me = me();
        Task task = requireMayWork(taskId, me);
        if (task.getAssignee() == null) {
            engine.claim(taskId, me);
        }
    }

    /** Gives the task back to the groups it was open to. */
    public void unclaim(String taskId) {
        String me = me();
        Task task = engine.open(taskId);
        if (task.getAssignee() == null) {
            return;
        }
        if (!task.getAssignee().equalsIgnoreCase(me)) {
            throw new TaskAlreadyClaimed(taskId, task.getAssignee());
        }
        engine.asCurrentUser(() -> {
            tasks.setAssignee(taskId, null);
            return null;
        });
    }

    /** The colleagues the task may go to: those it is open to, by group or by name, but not the signed-in user. */
    @Transactional(readOnly = true)
    public List<DirectoryUser> colleaguesFor(String taskId) {
        String me = me();
        engine.open(taskId);
        Set<String> candidates = new HashSet<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                candidates.add(link.getUserId());
            } else {
                directory.findUsers(UserFilter.group(link.getGroupId()), 0, Integer.MAX_VALUE)
                        .forEach(member -> candidates.add(member.username()));
            }
        }
        candidates.removeIf(user -> user.equalsIgnoreCase(me) || !engine.isOpenTo(taskId, user));
        if (candidates.isEmpty()) {
            return List.of();
        }
        return directory.findUsers(UserFilter.named(candidates), 0,
                candidates.size());
    }

    /**
     * Gives the task to a colleague it is open to. Refused when another colleague has it, when it is not open to the
     * signed-in user, or when the route does not let the colleague do it (the proposer of a proposal, for one).
     */
    public void handOver(String taskId, String colleague) {
        Task task = requireMayWork(taskId, me());
        if (!engine.isOpenTo(taskId, colleague)) {
            throw engine.refused(taskId, colleague + " may not do task " + taskId);
        }
        engine.giveTo(taskId, task.getAssignee(), colleague);
    }

    /** Sets the day on which to look at the task again; null clears it. */
    public void followUpOn(String taskId, LocalDate day) {
        Input.date(day, "inbox.follow-up.day");
        Task task = requireMayWork(taskId, me());
        task.setFollowUpDate(day == null ? null : EngineDates.startOf(day));
        engine.asCurrentUser(() -> {
            tasks.saveTask(task);
            return null;
        });
    }

    private InboxQuery query(InboxFilter filter) {
        String me = me();
        return new InboxQuery(filter, me, directory.groupIdsOf(me));
    }

    private static void orderBy(TaskQuery query, InboxSort.Field field) {
        switch (field) {
            case NAME -> query.orderByTaskName();
            case LAW -> query.orderByProcessVariable("law", ValueType.STRING);
            case CREATED -> query.orderByTaskCreateTime();
            case DUE -> query.orderByDueDate();
            case FOLLOW_UP -> query.orderByFollowUpDate();
            case ASSIGNEE -> query.orderByTaskAssignee();
        }
    }

    /**
     * The page's tasks with the ids and routing facts of their routes: two queries for the whole page. A task inherits
     * the facts of the route that called its own (an approval those of its request), and its own local facts win.
     */
    List<WorkItem> withFacts(List<Task> page) {
        Set<String> instances = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> callers = history.createHistoricProcessInstanceQuery().processInstanceIds(instances).list()
                .stream()
                .filter(instance -> instance.getSuperProcessInstanceId() != null)
                .collect(Collectors.toMap(HistoricProcessInstance::getId,
                        HistoricProcessInstance::getSuperProcessInstanceId));
        Set<String> routes = new HashSet<>(instances);
        routes.addAll(callers.values());
        Map<String, Map<String, Object>> factsByScope = new HashMap<>();
        for (VariableInstance variable : runtime.createVariableInstanceQuery()
                .processInstanceIdIn(routes.toArray(String[]::new)).variableNameIn(FACTS).list()) {
            String scope = variable.getTaskId() != null ? variable.getTaskId() : variable.getProcessInstanceId();
            factsByScope.computeIfAbsent(scope, key -> new HashMap<>())
                    .putIfAbsent(variable.getName(), variable.getValue());
        }
        return page.stream().map(task -> {
            Map<String, Object> facts = new LinkedHashMap<>();
            for (String scope : new String[]{callers.get(task.getProcessInstanceId()), task.getProcessInstanceId(),
                    task.getId()}) {
                facts.putAll(scope == null ? Map.of() : factsByScope.getOrDefault(scope, Map.of()));
            }
            return new WorkItem(task.getId(), task.getTaskDefinitionKey(), formKey(task), task.getName(),
                    task.getProcessInstanceId(), (Long) facts.get("familyId"), (Long) facts.get("personId"),
                    request(facts.get("requestId")), law(task, facts.get("law")), instant(task.getCreateTime()), instant(task.getDueDate()),
                    instant(task.getFollowUpDate()), statutoryTerm(facts), task.getAssignee(),
                    facts.get("costPerYear") instanceof Number cost ? cost.doubleValue() : null,
                    facts.get(TermClock.SUSPENDED_UNTIL) instanceof Date until ? until.toInstant() : null);
        }).toList();
    }

    /** The form the model names for the task ({@code camunda:formKey}): one per task of a process definition. */
    private String formKey(Task task) {
        return formOfTask.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
                key -> repository.getBpmnModelInstance(task.getProcessDefinitionId())
                        .<UserTask>getModelElementById(task.getTaskDefinitionKey()).getCamundaFormKey());
    }

    /** Routes not about a request carry none; some tests start a route with request 0, which no request has. */
    private static Long request(Object requestId) {
        return requestId instanceof Long id && id > 0 ? id : null;
    }

    private Law law(Task task, Object law) {
        if (law instanceof String name) {
            return Law.valueOf(name);
        }
        String route = routeOfDefinition.computeIfAbsent(task.getProcessDefinitionId(),
                definition -> repository.getProcessDefinition(definition).getKey());
        return ModelIds.YOUTH_CARE_ROUTES.contains(route) ? Law.JEUGDWET : null;
    }

    /** The route plans the decision term only once the proposal is approved; until then its research term runs. */
    private static Instant statutoryTerm(Map<String, Object> facts) {
        Object term = facts.get("decisionDue") != null ? facts.get("decisionDue") : facts.get("researchDue");
        return term instanceof Date date ? date.toInstant() : null;
    }

    /** The task, when the user has it or it is open to them and nobody took it. */
    private Task requireMayWork(String taskId, String user) {
        Task task = engine.open(taskId);
        if (task.getAssignee() != null) {
            if (!task.getAssignee().equalsIgnoreCase(user)) {
                throw new TaskAlreadyClaimed(taskId, task.getAssignee());
            }
            return task;
        }
        if (!engine.isOpenTo(taskId, user)) {
            throw engine.refused(taskId, "Task " + taskId + " is not open to " + user);
        }
        return task;
    }

    private String me() {
        return currentUser.require().username();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
