package nl.gezinsplan.workflow;

import java.util.List;
import java.util.Objects;
import nl.gezinsplan.security.HandOverRight;
import nl.gezinsplan.security.HeldWork;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.security.UserFilter;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks a staff member holds: those assigned to them, and those nobody took that a route offers to them by name
 * (a four-eyes review goes to the team's members by name). Counted before their account is deactivated, and handed to
 * colleagues the route lets do them when they leave ({@link HandOverRight}).
 */
@Service
@Transactional
public class HeldTasks implements HeldWork {

    /** The engine's task and identity link tables, as its own queries cannot ask "offered to this user by name". */
    private static final String HELD = """
             from ACT_RU_TASK T
            where lower(T.ASSIGNEE_) = lower(#{user})
               or T.ASSIGNEE_ is null and exists (select 1 from ACT_RU_IDENTITYLINK I
                   where I.TASK_ID_ = T.ID_ and I.TYPE_ = 'candidate' and lower(I.USER_ID_) = lower(#{user}))""";

    private final TaskService tasks;
    private final Inbox inbox;
    private final EngineCalls engine;
    private final HandOverRight right;
    private final UserDirectory directory;

    HeldTasks(TaskService tasks, Inbox inbox, EngineCalls engine, HandOverRight right, UserDirectory directory) {
        this.tasks = tasks;
        this.inbox = inbox;
        this.engine = engine;
        this.right = right;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public long heldBy(String username) {
        return tasks.createNativeTaskQuery().sql("select count(*)" + HELD).parameter("user", username).count();
    }

    /** The tasks {@code username} holds, oldest first, with the family each is about; for who may hand them over. */
    @Transactional(readOnly = true)
    public List<WorkItem> of(String username) {
        return of(username, 0, Integer.MAX_VALUE);
    }

    /** A page of {@link #of(String)}. */
    @Transactional(readOnly = true)
    public List<WorkItem> of(String username, int offset, int limit) {
        right.require(username);
        List<Task> held = tasks.createNativeTaskQuery().sql("select T.*" + HELD + " order by T.CREATE_TIME_, T.ID_")
                .parameter("user", username).listPage(offset, limit);
        return held.isEmpty() ? List.of() : inbox.withFacts(held);
    }

    /** Whether the route lets {@code colleague} do the task: it is offered to them, by name or through their teams. */
    @Transactional(readOnly = true)
    public boolean isOpenTo(String taskId, String colleague) {
        return engine.isOpenTo(taskId, colleague);
    }

    /**
     * Gives a task assigned to {@code from} to {@code to}, whom the route must let do it (nobody reviews their own
     * proposal). The engine runs it as the system, since it keeps administrators read-only for its own webapps; the
     * right is checked here, and the caller records the hand-over on the audit trail.
     */
    public void handOver(String taskId, String from, String to) {
        right.require(from);
        Task task = engine.open(taskId);
        if (!from.equalsIgnoreCase(task.getAssignee())) {
            throw new TaskAlreadyClaimed(taskId, task.getAssignee());
        }
        if (!engine.isOpenTo(taskId, to)) {
            throw engine.refused(taskId, to + " may not do task " + taskId);
        }
        engine.asSystem(() -> {
            tasks.setAssignee(taskId, to);
            return null;
        });
    }

    /**
     * No longer offers a task nobody took to {@code from} by name, when the route still offers it to an active
     * colleague or a group; returns false, changing nothing, when nobody else would have it. As the system, as
     * {@link #handOver}.
     */
    public boolean withdrawOffer(String taskId, String from) {
        right.require(from);
        Task task = engine.open(taskId);
        if (task.getAssignee() != null) {
            throw new TaskAlreadyClaimed(taskId, task.getAssignee());
        }
        List<IdentityLink> candidates = tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
        List<String> others = candidates.stream().map(IdentityLink::getUserId).filter(Objects::nonNull)
                .filter(user -> !user.equalsIgnoreCase(from)).toList();
        boolean offeredToAGroup = candidates.stream().anyMatch(link -> link.getGroupId() != null);
        boolean offeredToAColleague = !others.isEmpty()
                && directory.countUsers(UserFilter.named(others)) > 0;
        if (!offeredToAGroup && !offeredToAColleague) {
            return false;
        }
        engine.asSystem(() -> {
            candidates.stream().filter(link -> from.equalsIgnoreCase(link.getUserId()))
                    .forEach(offer -> tasks.deleteCandidateUser(taskId, offer.getUserId()));
            return null;
        });
        return true;
    }
}
