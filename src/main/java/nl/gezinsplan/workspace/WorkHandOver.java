package nl.gezinsplan.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.family.HeldFamilies;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.HandOverRight;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.security.UserFilter;
import nl.gezinsplan.workflow.HeldTasks;
import nl.gezinsplan.workflow.WorkItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hand-over (overdracht) of all the families and tasks of a staff member who leaves, in one step and one
 * transaction: to one colleague, or spread over the consultants of their teams. For an administrator or a manager of
 * one of the member's teams ({@link HandOverRight}, checked again by each module that moves work).
 * <p>
 * Colleagues are the active consultants who share a team with the member, for administrators too: the team is what
 * gives a consultant access to its families and its tasks. A task assigned to the member goes only to a colleague its
 * route lets do it (a four-eyes review never to its proposer); one nobody took that is also offered to colleagues is
 * no longer offered to the member. A task that can go nowhere stays, and the result says which and why.
 */
@Service
@Transactional
public class WorkHandOver {

    private static final int DETAIL_LIMIT = 500;

    private final HeldFamilies families;
    private final HeldTasks tasks;
    private final HandOverRight right;
    private final UserDirectory directory;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    WorkHandOver(HeldFamilies families, HeldTasks tasks, HandOverRight right, UserDirectory directory,
                 CurrentUser currentUser, AuditLog audit) {
        this.families = families;
        this.tasks = tasks;
        this.right = right;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** What a member holds, in numbers: all an administrator sees of it. */
    @Transactional(readOnly = true)
    public Holding held(String username) {
        DirectoryUser member = right.require(username);
        return new Holding(member, families.heldBy(member.username()), tasks.heldBy(member.username()));
    }

    /** Who may take the member's work: the active consultants of their teams, but not the member. */
    @Transactional(readOnly = true)
    public List<DirectoryUser> colleaguesOf(String username) {
        return colleaguesOf(right.require(username));
    }

    /** Hands all the member's families and the tasks its route lets {@code colleague} do to that colleague. */
    public HandOverResult toColleague(String username, String colleague) {
        DirectoryUser member = right.require(username);
        DirectoryUser taker = colleaguesOf(member).stream()
                .filter(candidate -> candidate.username().equalsIgnoreCase(colleague))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("handover.colleague.refused", colleague));
        return handOver(member, List.of(taker));
    }

    /**
     * Spreads the member's families evenly over the consultants of their teams, each to whoever has the fewest
     * families at that moment; each task goes to the new contact person of its family when the route lets them do it,
     * else to whoever of those it is open to has the fewest tasks.
     */
    public HandOverResult spreadOverTeam(String username) {
        DirectoryUser member = right.require(username);
        List<DirectoryUser> takers = colleaguesOf(member);
        if (takers.isEmpty()) {
            throw new InvalidInput("handover.no-colleagues");
        }
        return handOver(member, takers);
    }

    private HandOverResult handOver(DirectoryUser member, List<DirectoryUser> takers) {
        Map<DirectoryUser, Load> loads = new LinkedHashMap<>();
        takers.forEach(taker -> loads.put(taker,
                new Load(families.heldBy(taker.username()), tasks.heldBy(taker.username()))));
        Map<Long, DirectoryUser> newContacts = new HashMap<>();
        for (long familyId : families.of(member.username())) {
            DirectoryUser taker = fewest(takers, loads, Load::families);
            families.handOver(familyId, member.username(), taker.username());
            loads.get(taker).addFamily();
            newContacts.put(familyId, taker);
        }
        List<TaskLeft> left = new ArrayList<>();
        int withdrawn = 0;
        for (WorkItem task : tasks.of(member.username())) {
            if (task.assignee() != null) {
                handOver(task, member, takers, loads, newContacts).ifPresent(left::add);
            } else if (tasks.withdrawOffer(task.taskId(), member.username())) {
                withdrawn++;
            } else {
                left.add(new TaskLeft(task.taskId(), task.taskKey(), TaskLeft.Reason.OFFERED_TO_NOBODY_ELSE, null));
            }
        }
        List<Share> shares = loads.entrySet().stream()
                .filter(entry -> entry.getValue().given() > 0)
                .map(entry -> new Share(entry.getKey(), entry.getValue().givenFamilies, entry.getValue().givenTasks))
                .toList();
        HandOverResult result = new HandOverResult(member, shares, withdrawn, left);
        audit.recordOutsideFile(currentUser.require().username(), AuditAction.UPDATE, "audit.work.handed-over",
                summary(result));
        return result;
    }

    /**
     * Gives an assigned task to the new contact person of its family when the route lets them do it, else to whoever
     * of the takers it is open to has the fewest tasks; what stayed, and why, when it is open to none.
     */
    private Optional<TaskLeft> handOver(WorkItem task, DirectoryUser member, List<DirectoryUser> takers,
                                        Map<DirectoryUser, Load> loads, Map<Long, DirectoryUser> newContacts) {
        List<DirectoryUser> open = takers.stream()
                .filter(taker -> tasks.isOpenTo(task.taskId(), taker.username())).toList();
        if (open.isEmpty()) {
            return Optional.of(takers.size() == 1
                    ? new TaskLeft(task.taskId(), task.taskKey(), TaskLeft.Reason.NOT_OPEN_TO_COLLEAGUE, takers.get(0))
                    : new TaskLeft(task.taskId(), task.taskKey(), TaskLeft.Reason.OPEN_TO_NO_COLLEAGUE, null));
        }
        DirectoryUser taker = Optional.ofNullable(newContacts.get(task.familyId())).filter(open::contains)
                .orElseGet(() -> fewest(open, loads, Load::tasks));
        tasks.handOver(task.taskId(), member.username(), taker.username());
        loads.get(taker).addTask();
        return Optional.empty();
    }

    private List<DirectoryUser> colleaguesOf(DirectoryUser member) {
        Map<String, DirectoryUser> colleagues = new LinkedHashMap<>();
        member.teamCodes().stream().sorted().forEach(team -> directory.findUsers(UserFilter.group(team), 0,
                        Integer.MAX_VALUE).stream()
                .filter(user -> user.role() == Role.CONSULTANT)
                .filter(user -> !user.username().equalsIgnoreCase(member.username()))
                .forEach(user -> colleagues.putIfAbsent(user.username().toLowerCase(Locale.ROOT), user)));
        return colleagues.values().stream()
                .sorted(Comparator.comparing(DirectoryUser::lastName).thenComparing(DirectoryUser::username))
                .toList();
    }

    /** Whoever has the fewest, by the measure; the first in the list on a tie. */
    private static DirectoryUser fewest(List<DirectoryUser> takers, Map<DirectoryUser, Load> loads,
                                        ToLongFunction<Load> measure) {
        return takers.stream().min(Comparator.comparingLong(taker -> measure.applyAsLong(loads.get(taker))))
                .orElseThrow();
    }

    /** For the audit trail: "bram → anna 5/2, carla 3/1; offers withdrawn: 1; not handed: 1" (families/tasks). */
    private static String summary(HandOverResult result) {
        String shares = result.shares().stream()
                .map(share -> share.colleague().username() + " " + share.families() + "/" + share.tasks())
                .collect(Collectors.joining(", "));
        String detail = result.member().username() + " → " + (shares.isEmpty() ? "-" : shares)
                + (result.withdrawn() == 0 ? "" : "; offers withdrawn: " + result.withdrawn())
                + (result.left().isEmpty() ? "" : "; not handed: " + result.left().size());
        return detail.length() > DETAIL_LIMIT ? detail.substring(0, DETAIL_LIMIT) : detail;
    }

    /** A colleague's work now and what this hand-over gave them. */
    private static final class Load {
        private long families;
        private long tasks;
        private int givenFamilies;
        private int givenTasks;

        Load(long families, long tasks) {
            this.families = families;
            this.tasks = tasks;
        }

        long families() {
            return families;
        }

        long tasks() {
            return tasks;
        }

        void addFamily() {
            families++;
            givenFamilies++;
        }

        void addTask() {
            tasks++;
            givenTasks++;
        }

        int given() {
            return givenFamilies + givenTasks;
        }
    }

    /** The families and tasks a member holds. */
    public record Holding(DirectoryUser member, long families, long tasks) {
    }

    /** What one colleague was given. */
    public record Share(DirectoryUser colleague, int families, int tasks) {
    }

    /**
     * A task that stayed with the member, and why.
     *
     * @param colleague the one colleague the work went to, when the route does not let them do this task
     */
    public record TaskLeft(String taskId, String taskKey, Reason reason, DirectoryUser colleague) {

        public enum Reason {
            /** The route does not let the one chosen colleague do it (a review of their own proposal). */
            NOT_OPEN_TO_COLLEAGUE,
            /** The route lets none of the team's consultants do it. */
            OPEN_TO_NO_COLLEAGUE,
            /** Nobody took it and the route offers it to the member alone. */
            OFFERED_TO_NOBODY_ELSE
        }
    }

    /**
     * Who got what, and which tasks stayed.
     *
     * @param withdrawn tasks nobody took that were offered to the member and still are to colleagues, now to them only
     */
    public record HandOverResult(DirectoryUser member, List<Share> shares, int withdrawn, List<TaskLeft> left) {

        public int families() {
            return shares.stream().mapToInt(Share::families).sum();
        }

        public int tasks() {
            return shares.stream().mapToInt(Share::tasks).sum();
        }
    }
}
