package nl.gezinsplan.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.security.UserFilter;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team manager's view of the work of the teams they lead, counted and paged by the engine's own task queries (the
 * work due, thousands of tasks in a big city, by a native one: {@link InboxQuery#teamWork}), and the manager's right
 * to move a task to another member of the team, also when a member has it.
 * <p>
 * A team's work is every task on a route of that team (the route's {@code team} variable) and, for the youth team,
 * every task on a route of youth care, which carries no team of its own. Only managers ask, and only about their own
 * teams.
 */
@Service
@Transactional(readOnly = true)
public class TeamWork {

    /** The process variable naming the team whose route it is. */
    static final String ROUTE_TEAM = "team";

    private final TaskService tasks;
    private final Inbox inbox;
    private final EngineCalls engine;
    private final CurrentUser currentUser;
    private final UserDirectory directory;

    TeamWork(TaskService tasks, Inbox inbox, EngineCalls engine, CurrentUser currentUser, UserDirectory directory) {
        this.tasks = tasks;
        this.inbox = inbox;
        this.engine = engine;
        this.currentUser = currentUser;
        this.directory = directory;
    }

    /**
     * The members of one of the manager's teams, each with the number of open tasks assigned to them (whichever team's
     * route they are on: it is the member's workload); one count per member, in the directory's order.
     */
    public List<MemberWork> members(String team) {
        requireTeam(team);
        List<MemberWork> members = new ArrayList<>();
        for (DirectoryUser member : membersOf(team)) {
            members.add(new MemberWork(member, tasks.createTaskQuery().taskAssignee(member.username()).count()));
        }
        return members;
    }

    /**
     * How many open tasks wait for any member of the team to take them: those offered to the team, and those its
     * routes offer to its members by name (four-eyes reviews). Not the managers' own tasks, nor the panel's.
     */
    public long unassigned(String team) {
        requireTeam(team);
        return offeredToTheTeam(team).count() + offeredByName(team).count();
    }

    /**
     * A page of the tasks {@link #unassigned} counts, so the manager sees which they are: those offered to the team
     * first, then those offered to its members by name, each part in {@code order}.
     */
    public List<WorkItem> unassignedTasks(String team, List<InboxSort> order, int offset, int limit) {
        requireTeam(team);
        long toTheTeam = offeredToTheTeam(team).count();
        List<WorkItem> page = new ArrayList<>();
        if (offset < toTheTeam) {
            page.addAll(inbox.page(offeredToTheTeam(team), order, offset, limit));
        }
        if (page.size() < limit) {
            page.addAll(inbox.page(offeredByName(team), order, (int) Math.max(0, offset - toTheTeam),
                    limit - page.size()));
        }
        return page;
    }

    private TaskQuery offeredToTheTeam(String team) {
        return tasks.createTaskQuery().taskCandidateGroup(team);
    }

    private TaskQuery offeredByName(String team) {
        return tasks.createTaskQuery().taskUnassigned().withCandidateUsers().withoutCandidateGroups()
                .processVariableValueEquals(ROUTE_TEAM, team);
    }

    /** A page of the work of the manager's teams that is overdue or due within seven days, assigned or not. */
    public List<WorkItem> due(InboxFilter.Due due, List<InboxSort> order, int offset, int limit) {
        return inbox.page(InboxQuery.teamWork(requireManager().teamCodes(), due), order, offset, limit);
    }

    public long countDue(InboxFilter.Due due) {
        return InboxQuery.teamWork(requireManager().teamCodes(), due).count(tasks);
    }

    /**
     * A page of the escalations waiting for the managers of the manager's teams, taken by one of them or not; sort by
     * {@link InboxSort.Field#CREATED} to see the longest waiting first.
     */
    public List<WorkItem> escalations(List<InboxSort> order, int offset, int limit) {
        return inbox.page(escalations(requireManager()), order, offset, limit);
    }

    public long countEscalations() {
        return escalations(requireManager()).count();
    }

    /** The members of the manager's teams the task may go to, as the engine sees it, but not whoever has it now. */
    public List<DirectoryUser> membersFor(String taskId) {
        DirectoryUser manager = requireManager();
        Task task = requireTeamWork(taskId, manager);
        return membersOf(manager).values().stream()
                .filter(member -> !member.username().equalsIgnoreCase(task.getAssignee()))
                .filter(member -> engine.isOpenTo(taskId, member.username()))
                .toList();
    }

    /**
     * Gives a task of the manager's teams to {@code member}, who must be in one of those teams and may do the task
     * (the proposer never gets their own review). {@code seenAssignee} is who had the task when the manager chose,
     * null when nobody: when someone else took it since, the manager is told rather than overruling them unseen.
     */
    @Transactional
    public void reassign(String taskId, String seenAssignee, String member) {
        DirectoryUser manager = requireManager();
        Task task = requireTeamWork(taskId, manager);
        String assignee = task.getAssignee();
        if (assignee != null && !assignee.equalsIgnoreCase(seenAssignee)) {
            throw new TaskAlreadyClaimed(taskId, assignee);
        }
        if (member.equalsIgnoreCase(assignee)) {
            return;
        }
        if (!membersOf(manager).containsKey(member.toLowerCase(Locale.ROOT)) || !engine.isOpenTo(taskId, member)) {
            throw engine.refused(taskId, member + " may not do task " + taskId);
        }
        engine.giveTo(taskId, assignee, member);
    }

    private TaskQuery escalations(DirectoryUser manager) {
        List<String> managers = manager.teamCodes().stream().map(Role::managersOf).toList();
        return tasks.createTaskQuery().taskCandidateGroupIn(managers.isEmpty() ? List.of("") : managers)
                .includeAssignedTasks().taskDefinitionKeyIn(ModelIds.ESCALATIONS.toArray(String[]::new));
    }

    /** The task, when it is work of one of the manager's teams. */
    private Task requireTeamWork(String taskId, DirectoryUser manager) {
        Task task = engine.open(taskId);
        if (InboxQuery.teamWork(manager.teamCodes(), null).task(taskId).count(tasks) == 0) {
            throw engine.refused(taskId, "Task " + taskId + " is no work of the teams of " + manager.username());
        }
        return task;
    }

    private List<DirectoryUser> membersOf(String team) {
        return directory.findUsers(UserFilter.group(team), 0, Integer.MAX_VALUE);
    }

    /** The members of all the manager's teams, by lower-case user name. */
    private Map<String, DirectoryUser> membersOf(DirectoryUser manager) {
        Map<String, DirectoryUser> members = new LinkedHashMap<>();
        manager.teamCodes().stream().sorted().forEach(team -> membersOf(team)
                .forEach(member -> members.putIfAbsent(member.username().toLowerCase(Locale.ROOT), member)));
        return members;
    }

    private void requireTeam(String team) {
        if (!requireManager().teamCodes().contains(team)) {
            throw new AccessDeniedException("Not a manager of team " + team);
        }
    }

    private DirectoryUser requireManager() {
        DirectoryUser user = currentUser.require();
        if (user.role() != Role.MANAGER) {
            throw new AccessDeniedException(user.username() + " is no team manager");
        }
        return user;
    }
}
