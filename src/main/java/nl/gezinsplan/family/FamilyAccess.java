package nl.gezinsplan.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.security.UserFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may open a family file, checked by every service that reads or changes one, and written to the audit trail.
 * <ul>
 * <li>a consultant: when they are the family's contact person, or one of their teams has an open request or
 * provision for the family, up to and including the provision's allocation end ({@link FamilyTeams}), read against
 * today's date, so access ends the next day without anything else happening;</li>
 * <li>a team manager: when one of their teams has open work for the family or the contact person is in one of their
 * teams;</li>
 * <li>a member of the "nee, tenzij" panel: to read, while a request of the family waits for the panel;</li>
 * <li>a family member signed in to the portal: to read their own family, where a service offers it to the portal
 * ({@link #requireReadByStaffOrMember}); which items of it they see is the portal's rule ({@link FamilyAccounts});</li>
 * <li>administrators: never.</li>
 * </ul>
 * Only consultants change a file; managers may also hand it to another contact person. Every change recorded here
 * also tells the family's open screens, in the application and the portal, to refresh ({@link LiveUpdates#family}).
 */
@Component
public class FamilyAccess {

    private static final Set<Role> READERS = Set.of(Role.CONSULTANT, Role.MANAGER, Role.PANEL);
    private static final Set<Role> STAFF_OR_MEMBER = Set.of(Role.CONSULTANT, Role.MANAGER, Role.PANEL, Role.FAMILY);

    /** A team's work for the family runs today: it has no end, or ends today or later. */
    private static final String OPEN_TODAY = "(t.open_until is null or t.open_until >= :today)";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final AuditLog audit;
    private final FamilyAccounts accounts;
    private final Clock clock;
    private final LiveUpdates live;

    FamilyAccess(JdbcClient jdbc, CurrentUser currentUser, UserDirectory directory, AuditLog audit,
                 FamilyAccounts accounts, Clock clock, LiveUpdates live) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.directory = directory;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
        this.live = live;
    }

    /** Lets the caller read {@code subject} of the family, and records that they did; refuses and records otherwise. */
    public void requireRead(long familyId, String subject, String detail) {
        require(familyId, subject, detail, AuditAction.READ, READERS);
    }

    /** As {@link #requireRead}, and lets a family member read their own family in the portal. */
    public void requireReadByStaffOrMember(long familyId, String subject, String detail) {
        require(familyId, subject, detail, AuditAction.READ, STAFF_OR_MEMBER);
    }

    /**
     * As {@link #requireReadByStaffOrMember(long, String, String)}, for an item that concerns one member: a family
     * member must also see that member ({@link FamilyAccounts#visiblePersonIds}).
     */
    public void requireReadByStaffOrMember(long familyId, long personId, String subject, String detail) {
        require(familyId, personId, subject, detail, AuditAction.READ, STAFF_OR_MEMBER);
    }

    /** Lets a family member signed in to the portal record {@code action} on their own family. */
    public void requireMemberChange(long familyId, AuditAction action, String subject, String detail) {
        require(familyId, subject, detail, action, Set.of(Role.FAMILY));
    }

    /** As {@link #requireMemberChange(long, AuditAction, String, String)}, on an item of a member they must see. */
    public void requireMemberChange(long familyId, long personId, AuditAction action, String subject, String detail) {
        require(familyId, personId, subject, detail, action, Set.of(Role.FAMILY));
    }

    /** Lets a consultant with access change the family file, recording {@code action}; refuses anyone else. */
    public void requireChange(long familyId, AuditAction action, String subject, String detail) {
        require(familyId, subject, detail, action, Set.of(Role.CONSULTANT));
    }

    /** Lets a colleague with access give a verdict on a request of the family: a reviewer, a manager or the panel. */
    public void requireVerdict(long familyId, String subject, String detail) {
        require(familyId, subject, detail, AuditAction.UPDATE, READERS);
    }

    /** Lets a consultant or manager with access hand the family to another contact person. */
    void requireReassignment(long familyId, String subject, String detail) {
        require(familyId, subject, detail, AuditAction.UPDATE, Set.of(Role.CONSULTANT, Role.MANAGER));
    }

    /** Without a check: for the audit record of a family that was just created by the caller. */
    void recordCreation(long familyId, String subject, String detail) {
        audit.record(AuditAction.CREATE, familyId, subject, detail, involvementOf(familyId).teams());
        live.changed(LiveUpdates.family(familyId));
    }

    /**
     * Without a check: a family member who has just activated their invitation, recorded in the name of their new
     * login as they are not signed in yet. The caller has checked the invitation.
     */
    public void recordActivation(long familyId, String username, String subject, String detail) {
        audit.recordAs(username, AuditAction.CREATE, familyId, subject, detail, involvementOf(familyId).teams());
        live.changed(LiveUpdates.family(familyId));
    }

    /**
     * Without a check: a change by {@code username}, whose right to it the caller has checked by a rule of its own
     * (a verdict, by the four-eyes rule), made where nobody need be signed in, such as an engine command.
     */
    public void recordChangeBy(long familyId, String username, String subject, String detail) {
        audit.recordAs(username, AuditAction.UPDATE, familyId, subject, detail, involvementOf(familyId).teams());
        live.changed(LiveUpdates.family(familyId));
    }

    public boolean mayRead(long familyId) {
        return allowed(currentUser.require(), familyId, null, involvementOf(familyId), READERS);
    }

    /** Whether {@link #requireChange} would let the caller change the family file: for a screen's actions. */
    public boolean mayChange(long familyId) {
        return currentUser.get()
                .filter(user -> allowed(user, familyId, null, involvementOf(familyId), Set.of(Role.CONSULTANT)))
                .isPresent();
    }

    /**
     * The teams of the family today: those with open work for it and those of its contact person, whose managers may
     * open it. For telling managers; reads no file, so it is not audited.
     */
    public Set<String> teamsOf(long familyId) {
        return involvementOf(familyId).teams();
    }

    /** The SQL condition on {@code f.id} that keeps the families the caller may read, with its parameters. */
    Condition visibleFamilies() {
        DirectoryUser user = currentUser.require();
        List<String> people = switch (user.role()) {
            case CONSULTANT, PANEL -> List.of(user.username().toLowerCase(Locale.ROOT));
            case MANAGER -> orNone(teamMembers(user));
            default -> null;
        };
        if (people == null) {
            return new Condition(List.of(), Map.of());
        }
        return new Condition(List.of("""
                        select 1 from contact_person c
                        where c.family_id = f.id and c.ended_at is null and lower(c.username) in (:people)""",
                "select 1 from family_team t where t.family_id = f.id and t.team_code in (:myTeams) and "
                        + OPEN_TODAY),
                Map.of("people", people, "myTeams", orNone(user.teamCodes()), "today", LocalDate.now(clock)));
    }

    private void require(long familyId, String subject, String detail, AuditAction action, Set<Role> roles) {
        require(familyId, null, subject, detail, action, roles);
    }

    private void require(long familyId, Long personId, String subject, String detail, AuditAction action,
                         Set<Role> roles) {
        // a session can outlive its login: a family member whose access was stopped is disabled, and so unknown here
        DirectoryUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("No enabled user"));
        Involvement involvement = involvementOf(familyId);
        if (!allowed(user, familyId, personId, involvement, roles)) {
            audit.recordDenial(familyId, subject, involvement.teams());
            throw new AccessDeniedException("No access to family " + familyId);
        }
        audit.record(action, familyId, subject, detail, involvement.teams());
        if (action != AuditAction.READ) {
            live.changed(LiveUpdates.family(familyId));
        }
    }

    /**
     * {@code personId}: the member the item concerns, or null for the family file or a shared item. Staff see every
     * member of a family they may open; a family member only their own family, and in it the members
     * {@link FamilyAccounts#visiblePersonIds} shows them.
     */
    private boolean allowed(DirectoryUser user, long familyId, Long personId, Involvement involvement,
                            Set<Role> roles) {
        if (!roles.contains(user.role())) {
            return false;
        }
        if (user.role() == Role.FAMILY) {
            return accounts.signedIn()
                    .filter(member -> member.familyId() == familyId)
                    .filter(member -> personId == null || accounts.visiblePersonIds(member).contains(personId))
                    .isPresent();
        }
        if (user.role() == Role.MANAGER) {
            return involvement.teams().stream().anyMatch(user.teamCodes()::contains);
        }
        boolean isContactPerson = involvement.contactPerson().filter(user.username()::equalsIgnoreCase).isPresent();
        return isContactPerson || involvement.openWork().stream().anyMatch(user.teamCodes()::contains);
    }

    /** Everything the access rule looks at, read once per check. */
    private Involvement involvementOf(long familyId) {
        Set<String> openWork = new HashSet<>(jdbc.sql("""
                        select t.team_code from family_team t where t.family_id = :familyId and\s""" + OPEN_TODAY)
                .param("familyId", familyId)
                .param("today", LocalDate.now(clock))
                .query(String.class)
                .list());
        Optional<String> contactPerson = jdbc.sql(
                        "select username from contact_person where family_id = :familyId and ended_at is null")
                .param("familyId", familyId)
                .query(String.class)
                .optional();
        Set<String> contactTeams = contactPerson.flatMap(directory::findUser).map(DirectoryUser::teamCodes).orElse(Set.of());
        return new Involvement(openWork, contactPerson, contactTeams);
    }

    /**
     * @param openWork      teams with an open request or provision for the family today
     * @param contactTeams  the teams of its current contact person
     */
    private record Involvement(Set<String> openWork, Optional<String> contactPerson, Set<String> contactTeams) {

        Set<String> teams() {
            Set<String> teams = new HashSet<>(openWork);
            teams.addAll(contactTeams);
            return teams;
        }
    }

    /** The user names, in lower case, of the members of the manager's teams. */
    List<String> teamMembers(DirectoryUser manager) {
        List<String> members = new ArrayList<>();
        for (String team : manager.teamCodes()) {
            directory.findUsers(UserFilter.group(team), 0, 10_000)
                    .forEach(member -> members.add(member.username().toLowerCase(Locale.ROOT)));
        }
        return members;
    }

    private static List<String> orNone(java.util.Collection<String> values) {
        return values.isEmpty() ? List.of("") : List.copyOf(values);
    }

    /** Kept when any of the ways in finds a row for the family {@code f}. */
    record Condition(List<String> waysIn, Map<String, Object> params) {

        /** For many families: PostgreSQL may gather each way in for all families at once. */
        String sql() {
            return render("");
        }

        /**
         * For families already narrowed down to a few (by id, by a search's text): each asked on its own. Without this
         * PostgreSQL gathers every family of the caller's teams (110,000 rows for a manager of three teams in a big
         * city) to check one page; "offset 0" is what keeps it from doing so.
         */
        String sqlPerFamily() {
            return render(" offset 0");
        }

        private String render(String suffix) {
            return waysIn.isEmpty() ? "false" : waysIn.stream().map(wayIn -> "exists (" + wayIn + suffix + ")")
                    .collect(Collectors.joining(" or ", "(", ")"));
        }
    }
}
