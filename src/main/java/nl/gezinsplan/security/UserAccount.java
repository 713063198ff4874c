package nl.gezinsplan.security;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who logs in to Gezinsplan, with one role and the teams they work in. Guards what makes a staff account
 * sound (names, e-mail, role and teams that fit together); what depends on other accounts (a user name taken, the
 * last administrator) the administration service checks.
 */
@Table("user_account")
class UserAccount {

    /** The team of the panel that decides doubtful youth-care requests; every panel member is in it. */
    static final String PANEL_TEAM = "panel";

    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{3," + SecurityLimits.USERNAME + "}");

    @Id
    private Long id;
    private String username;
    private String firstName;
    private String lastName;
    private String email;
    private String passwordHash;
    private Role role;
    private boolean enabled = true;
    private int failedLogins;
    private Instant lockedUntil;
    private Instant createdAt;
    private boolean mustChangePassword;

    @MappedCollection(idColumn = "user_account")
    private Set<TeamMembership> teams = new HashSet<>();

    UserAccount() {
    }

    UserAccount(String username, String firstName, String lastName, String email, String passwordHash, Role role,
                Set<String> teamCodes, Instant createdAt) {
        this.username = username;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.teams = teamCodes.stream().map(TeamMembership::new).collect(Collectors.toSet());
        this.createdAt = createdAt;
    }

    /**
     * A staff member's account, with a password hash nobody knows: they log in after the administrator has given
     * them a way to choose their own password.
     *
     * @throws AccountRefused when the user name or the details break a rule
     */
    static UserAccount staff(String username, StaffDetails details, String unusablePasswordHash, Instant now) {
        if (!isValidUsername(username)) {
            throw new AccountRefused("security.username.invalid");
        }
        check(details);
        return new UserAccount(username, details.firstName(), details.lastName(), details.email(),
                unusablePasswordHash, details.role(), details.teamCodes(), now);
    }

    static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    /** @throws AccountRefused when the details break a rule, or this is a family member's account */
    void change(StaffDetails details) {
        if (role == Role.FAMILY) {
            throw new AccountRefused("security.staff.family-account");
        }
        check(details);
        firstName = details.firstName();
        lastName = details.lastName();
        email = details.email();
        role = details.role();
        teams = details.teamCodes().stream().map(TeamMembership::new).collect(Collectors.toSet());
    }

    void deactivate() {
        if (role == Role.FAMILY) {
            throw new AccountRefused("security.staff.family-account");
        }
        enabled = false;
    }

    void reactivate() {
        if (role == Role.FAMILY) {
            throw new AccountRefused("security.staff.family-account");
        }
        enabled = true;
    }

    private static void check(StaffDetails details) {
        if (!SecurityLimits.isFilledIn(details.firstName(), SecurityLimits.FIRST_NAME)) {
            throw new AccountRefused("security.staff.first-name.invalid");
        }
        if (!SecurityLimits.isFilledIn(details.lastName(), SecurityLimits.LAST_NAME)) {
            throw new AccountRefused("security.staff.last-name.invalid");
        }
        if (!EmailAddress.isValid(details.email())) {
            throw new AccountRefused("security.staff.email.invalid");
        }
        if (details.role() == null) {
            throw new AccountRefused("security.staff.role.required");
        }
        if (details.role() == Role.FAMILY) {
            throw new AccountRefused("security.staff.role.family");
        }
        if (details.role() == Role.MANAGER && details.teamCodes().isEmpty()) {
            throw new AccountRefused("security.staff.teams.manager-without-team");
        }
        if (details.role() == Role.PANEL && !details.teamCodes().contains(PANEL_TEAM)) {
            throw new AccountRefused("security.staff.teams.panel-without-panel");
        }
        if (details.role() == Role.ADMIN && !details.teamCodes().isEmpty()) {
            throw new AccountRefused("security.staff.teams.admin-in-team");
        }
    }

    StaffDetails details() {
        return new StaffDetails(firstName, lastName, email, role, teamCodes());
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    Set<String> teamCodes() {
        return teams.stream().map(TeamMembership::teamCode).collect(Collectors.toSet());
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    boolean enabled() {
        return enabled;
    }

    @Table("team_member")
    record TeamMembership(String teamCode) {
    }
}
