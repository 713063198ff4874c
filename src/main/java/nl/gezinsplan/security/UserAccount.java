package nl.gezinsplan.security;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person who logs in to Gezinsplan, with one role and the teams they work in. */
@Table("user_account")
class UserAccount {

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
