package nl.gezinsplan.workflow;

import java.util.List;
import nl.gezinsplan.security.HandOverRight;
import nl.gezinsplan.security.HeldWork;
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

    HeldTasks(TaskService tasks, Inbox inbox, EngineCalls engine, HandOverRight right) {
        this.tasks = tasks;
        this.inbox = inbox;
        this.engine = engine;
        this.right = right;
    }

    @Override
    @Transactional(readOnly = true)
    public long heldBy(String username) {
        return tasks.createNativeTaskQuery().sql("select count(*)" + HELD).parameter("user", username).count();
    }

    /** The tasks {@code username} holds, oldest first, with the family each is about; for whoever may hand them over. */
    @Transactional(readOnly = true)
    public List<WorkItem> of(String username) {
        right.require(username);
        List<Task> held = tasks.createNativeTaskQuery().sql("select T.*" + HELD + " order by T.CREATE_TIME_, T.ID_")
                .parameter("user", username).list();
        return held.isEmpty() ? List.of() : inbox.withFacts(held);
    }

    /** Whether the route lets {@code colleague} do the task: it is offered to them, by name or through their teams. */
    @Transactional(readOnly = true)
    public boolean isOpenTo(String taskId, String colleague) {
        return engine.isOpenTo(taskId, colleague);
    }

    /**
     * Gives a task {@code from} holds to {@code to}, whom the route must let do it (nobody reviews their own
     * proposal); a task offered to {@code from} by name is no longer offered to them. The engine runs it as the system,
     * since it keeps administrators read-only for its own webapps; the right is checked here, and the caller records
     * the hand-over on the audit trail.
     */
    public void handOver(String taskId, String from, String to) {
        right.require(from);
        Task task = engine.open(taskId);
        List<IdentityLink> offers = tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .filter(link -> from.equalsIgnoreCase(link.getUserId()))
                .toList();
        boolean held = task.getAssignee() == null ? !offers.isEmpty() : from.equalsIgnoreCase(task.getAssignee());
        if (!held) {
            throw task.getAssignee() == null ? new TaskGone(taskId) : new TaskAlreadyClaimed(taskId, task.getAssignee());
        }
        if (!engine.isOpenTo(taskId, to)) {
            throw engine.refused(taskId, to + " may not do task " + taskId);
        }
        engine.asSystem(() -> {
            offers.forEach(offer -> tasks.deleteCandidateUser(taskId, offer.getUserId()));
            tasks.setAssignee(taskId, to);
            return null;
        });
    }
}
