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
 * gives a consultant access to its families and its tasks. A task goes only to a colleague its route lets do it (a
 * four-eyes review never to its proposer); one that none may do stays, and the result says which and why.
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
        for (WorkItem task : tasks.of(member.username())) {
            List<DirectoryUser> open = takers.stream()
                    .filter(taker -> tasks.isOpenTo(task.taskId(), taker.username())).toList();
            Optional<DirectoryUser> taker = Optional.ofNullable(newContacts.get(task.familyId()))
                    .filter(open::contains)
                    .or(() -> open.isEmpty() ? Optional.empty() : Optional.of(fewest(open, loads, Load::tasks)));
            if (taker.isPresent()) {
                tasks.handOver(task.taskId(), member.username(), taker.get().username());
                loads.get(taker.get()).addTask();
            } else {
                left.add(new TaskLeft(task.taskId(), task.name(), takers.size() == 1 ? takers.get(0) : null));
            }
        }
        List<Share> shares = loads.entrySet().stream()
                .filter(entry -> entry.getValue().given() > 0)
                .map(entry -> new Share(entry.getKey(), entry.getValue().givenFamilies, entry.getValue().givenTasks))
                .toList();
        HandOverResult result = new HandOverResult(member, shares, left);
        audit.recordOutsideFile(currentUser.require().username(), AuditAction.UPDATE, "audit.work.handed-over",
                summary(result));
        return result;
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

    /** For the audit trail: "bram → anna 5/2, carla 3/1; -/1" (families/tasks per colleague; tasks left). */
    private static String summary(HandOverResult result) {
        String shares = result.shares().stream()
                .map(share -> share.colleague().username() + " " + share.families() + "/" + share.tasks())
                .collect(Collectors.joining(", "));
        String detail = result.member().username() + " → " + (shares.isEmpty() ? "-" : shares)
                + (result.left().isEmpty() ? "" : "; -/" + result.left().size());
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
     * A task that stayed with the member, as no colleague it could go to may do it by its route.
     *
     * @param refusedBy the one colleague chosen, when the work went to one; null when it was spread over the team
     */
    public record TaskLeft(String taskId, String name, DirectoryUser refusedBy) {
    }

    /** Who got what, and which tasks stayed. */
    public record HandOverResult(DirectoryUser member, List<Share> shares, List<TaskLeft> left) {

        public int families() {
            return shares.stream().mapToInt(Share::families).sum();
        }

        public int tasks() {
            return shares.stream().mapToInt(Share::tasks).sum();
        }
    }
}
