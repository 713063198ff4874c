package nl.gezinsplan.security;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works here and in which teams: the one source of users and groups, for the screens and for the workflow
 * engine's identity. Holds no case data, so it needs no access check of its own. Searches, team members and groups
 * hold active users only; a deactivated user is still found by their user name, so that histories show their name.
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private static final String SELECT_USERS = """
            select u.username, u.first_name, u.last_name, u.email, u.role, u.locked_until, u.enabled,
                   array(select m.team_code from team_member m where m.user_account = u.id order by m.team_code) teams
            from user_account u
            where true""";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    UserDirectory(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /** The user with this name, active or not (see {@link DirectoryUser#active()}). */
    public Optional<DirectoryUser> findUser(String username) {
        return findUsers(new UserFilter(username, null, null, null, null, null, null), Activity.ANY, 0, 1).stream()
                .findFirst();
    }

    /** The full name of the user with this name, or the name itself for an account that no longer exists. */
    public String fullNameOf(String username) {
        return findUser(username).map(DirectoryUser::fullName).orElse(username);
    }

    /** The id of the account with this name (any letter case), by which other modules' tables refer to it. */
    public Optional<Long> accountIdOf(String username) {
        return jdbc.sql("select id from user_account where lower(username) = lower(:username)")
                .param("username", username)
                .query(Long.class)
                .optional();
    }

    /** The users with these names, active or not: for the names in a list or history. */
    public List<DirectoryUser> findByUsernames(Collection<String> usernames) {
        return findUsers(UserFilter.named(usernames), Activity.ANY, 0,
                usernames.size());
    }

    /** The active users that match: candidates, colleagues, team members. */
    public List<DirectoryUser> findUsers(UserFilter filter, int offset, int limit) {
        return findUsers(filter, Activity.ACTIVE, offset, limit);
    }

    public long countUsers(UserFilter filter) {
        return countUsers(filter, Activity.ACTIVE);
    }

    /** Which users a search holds: the active ones, the deactivated ones, or both. */
    public enum Activity {
        ACTIVE(" and u.enabled"), INACTIVE(" and not u.enabled"), ANY("");

        private final String condition;

        Activity(String condition) {
            this.condition = condition;
        }
    }

    List<DirectoryUser> findUsers(UserFilter filter, Activity activity, int offset, int limit) {
        Query query = Query.of(filter);
        return jdbc.sql(SELECT_USERS + activity.condition + query.where
                        + " order by u.last_name, u.first_name, u.username offset :offset limit :limit")
                .params(query.params)
                .param("offset", offset)
                .param("limit", limit)
                .query(UserDirectory::toUser)
                .list();
    }

    long countUsers(UserFilter filter, Activity activity) {
        Query query = Query.of(filter);
        return jdbc.sql("select count(*) from user_account u where true" + activity.condition + query.where)
                .params(query.params)
                .query(Long.class)
                .single();
    }

    /** The teams, then the roles, then the managers of each team. */
    public List<AccessGroup> groups() {
        List<AccessGroup> teams = jdbc.sql("select code, name from team order by name")
                .query((rs, row) -> new AccessGroup(rs.getString("code"), rs.getString("name"), AccessGroup.Kind.TEAM))
                .list();
        Stream<AccessGroup> roles = Arrays.stream(Role.values())
                .map(role -> new AccessGroup(role.groupId(), role.name(), AccessGroup.Kind.ROLE));
        Stream<AccessGroup> managers = teams.stream()
                .map(team -> new AccessGroup(Role.managersOf(team.id()), team.name(), AccessGroup.Kind.MANAGERS));
        return Stream.of(teams.stream(), roles, managers).flatMap(groups -> groups).toList();
    }

    /**
     * The groups an active user belongs to: their teams, their role and, for a manager, the managers of each of their
     * teams. A deactivated user belongs to none.
     */
    public List<String> groupIdsOf(String username) {
        return findUser(username).filter(DirectoryUser::active).map(user -> {
            Stream<String> managing = user.role() == Role.MANAGER
                    ? user.teamCodes().stream().map(Role::managersOf) : Stream.empty();
            return Stream.of(user.teamCodes().stream(), Stream.of(user.role().groupId()), managing)
                    .flatMap(groups -> groups).toList();
        }).orElse(List.of());
    }

    public boolean checkPassword(String username, String password) {
        if (!isPossibleUsername(username)) {
            return false;
        }
        return jdbc.sql("select password_hash from user_account where lower(username) = lower(:username) and enabled")
                .param("username", username)
                .query(String.class)
                .optional()
                .filter(hash -> password != null && passwordEncoder.matches(password, hash))
                .isPresent();
    }

    /**
     * Whether an account could have this name: none holds a control character, and PostgreSQL cannot even compare a
     * text holding NUL, so a name with one is nobody's and is not looked up.
     */
    static boolean isPossibleUsername(String username) {
        return username != null && username.chars().noneMatch(Character::isISOControl);
    }

    private static DirectoryUser toUser(ResultSet rs, int row) throws SQLException {
        Array teams = rs.getArray("teams");
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        return new DirectoryUser(rs.getString("username"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("email"), Role.valueOf(rs.getString("role")), Set.of((String[]) teams.getArray()),
                lockedUntil == null ? null : lockedUntil.toInstant(), rs.getBoolean("enabled"));
    }

    private record Query(String where, Map<String, Object> params) {

        static Query of(UserFilter filter) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            if (filter.username() != null) {
                conditions.add("lower(u.username) = lower(:username)");
                params.put("username", filter.username());
            }
            if (filter.usernames() != null) {
                conditions.add("lower(u.username) in (:usernames)");
                params.put("usernames", filter.usernames().isEmpty() ? List.of("")
                        : filter.usernames().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList());
            }
            like(conditions, params, "u.first_name", "firstName", filter.firstNameLike());
            like(conditions, params, "u.last_name", "lastName", filter.lastNameLike());
            like(conditions, params, "u.email", "email", filter.emailLike());
            Optional<String> managedTeam = filter.groupId() == null ? Optional.empty()
                    : Role.teamManagedBy(filter.groupId());
            if (managedTeam.isPresent()) {
                conditions.add("u.role = :manager and exists (select 1 from team_member m"
                        + " where m.user_account = u.id and m.team_code = :group)");
                params.put("manager", Role.MANAGER.name());
                params.put("group", managedTeam.get());
            } else if (filter.groupId() != null) {
                conditions.add("(lower(u.role) = :group or exists (select 1 from team_member m"
                        + " where m.user_account = u.id and m.team_code = :group))");
                params.put("group", filter.groupId());
            }
            if (filter.text() != null) {
                conditions.add("(lower(u.username) like :text or lower(u.first_name || ' ' || u.last_name) like :text)");
                params.put("text", "%" + AuditLog.withoutNul(filter.text()).toLowerCase(Locale.ROOT) + "%");
            }
            String where = conditions.stream().map(condition -> " and " + condition).reduce("", String::concat);
            return new Query(where, params);
        }

        private static void like(List<String> conditions, Map<String, Object> params, String column, String name,
                                 String pattern) {
            if (pattern != null) {
                conditions.add("lower(" + column + ") like lower(:" + name + ")");
                params.put(name, AuditLog.withoutNul(pattern));
            }
        }
    }
}
