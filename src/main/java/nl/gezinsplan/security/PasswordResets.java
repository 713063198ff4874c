package nl.gezinsplan.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One way to a new password: an administrator issues a one-time code (or the first start writes the first
 * administrator's set-up link to the log); the user logs in with their user name and the code, which works once and
 * until it expires; a login of an account that must choose a password ({@code must_change_password}) carries only
 * the authority {@link #MUST_CHOOSE_PASSWORD}, so it reaches nothing but the page to choose one; once chosen, the user
 * logs in again with it, through every step a login has.
 */
@Service
@Transactional
public class PasswordResets {

    /** The one authority of a login that must choose a new password first, instead of its role. */
    public static final String MUST_CHOOSE_PASSWORD = "MUST_CHOOSE_PASSWORD";

    public static boolean mustChoosePassword(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> MUST_CHOOSE_PASSWORD.equals(authority.getAuthority()));
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final PasswordSettings settings;
    private final CurrentUser currentUser;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PasswordResets(JdbcClient jdbc, PasswordEncoder passwordEncoder, PasswordPolicy policy, PasswordSettings settings,
                   CurrentUser currentUser, UserAccounts accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Issues a reset code for {@code username}, shown once: earlier codes stop working, and the next login of the
     * account, with the code or the old password, must first choose a new password. Not for one's own account: an
     * administrator who forgot theirs asks another administrator.
     *
     * @throws AccountRefused for one's own account, or an unknown or deactivated one
     */
    @PreAuthorize("hasRole('ADMIN')")
    public IssuedCode issue(String username) {
        String administrator = currentUser.require().username();
        if (administrator.equalsIgnoreCase(username)) {
            throw new AccountRefused("security.reset.own");
        }
        IssuedCode issued = issueFor(username, settings.resetValidFor(), administrator)
                .orElseThrow(() -> new AccountRefused("security.reset.unknown"));
        audit.recordOutsideFile(administrator, AuditAction.UPDATE, "audit.password.reset-issued", issued.username());
        return issued;
    }

    /**
     * A code for an active staff account, valid for {@code validFor}; empty when there is no such account. Family
     * members get a new invitation from their consultant instead (the portal's access).
     */
    Optional<IssuedCode> issueFor(String username, Duration validFor, String issuedBy) {
        return jdbc.sql("select id, username from user_account where lower(username) = lower(:username) and enabled"
                        + " and role <> 'FAMILY'")
                .param("username", username)
                .query((rs, row) -> issueFor(rs.getLong("id"), rs.getString("username"), validFor, issuedBy))
                .optional();
    }

    private IssuedCode issueFor(long accountId, String username, Duration validFor, String issuedBy) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(validFor);
        jdbc.sql("update password_code set used_at = :now where user_account = :id and used_at is null")
                .param("now", Timestamp.from(now))
                .param("id", accountId)
                .update();
        OneTimeCode code = OneTimeCode.random(random, OneTimeCode.LENGTH);
        jdbc.sql("""
                        insert into password_code (user_account, code_hash, issued_by, issued_at, expires_at)
                        values (:id, :hash, :issuedBy, :now, :expiresAt)""")
                .param("id", accountId)
                .param("hash", code.hash())
                .param("issuedBy", issuedBy)
                .param("now", Timestamp.from(now))
                .param("expiresAt", Timestamp.from(expiresAt))
                .update();
        jdbc.sql("update user_account set must_change_password = true where id = :id").param("id", accountId).update();
        return new IssuedCode(username, code.shown(), settings.baseUrl().replaceAll("/+$", "") + "/wachtwoord/"
                + code.value(), expiresAt);
    }

    /**
     * Whether {@code code} is an open code of this active account; if so, it is used up. The caller (the login)
     * counts a failure otherwise.
     */
    boolean signInWithCode(String username, String code) {
        if (!UserDirectory.isPossibleUsername(username)) {
            return false;
        }
        Instant now = clock.instant();
        int used = jdbc.sql("""
                        update password_code c set used_at = :now
                        from user_account u
                        where u.id = c.user_account and lower(u.username) = lower(:username) and u.enabled
                          and c.code_hash = :hash and c.used_at is null and c.expires_at > :now""")
                .param("now", Timestamp.from(now))
                .param("username", username)
                .param("hash", OneTimeCode.typed(code).hash())
                .update();
        return used == 1;
    }

    /**
     * Sets the signed-in user's new password, if it meets the policy, and lifts the duty to choose one. Only for a
     * login that must choose a password; it then logs in again with the new one.
     *
     * @throws AccountRefused with the policy's reason
     */
    @PreAuthorize("hasAuthority('" + MUST_CHOOSE_PASSWORD + "')")
    public void choosePassword(String password) {
        String username = currentUser.username().orElseThrow(() -> new AccessDeniedException("Nobody is logged in"));
        policy.check(username, password);
        int changed = jdbc.sql("""
                        update user_account set password_hash = :hash, must_change_password = false, failed_logins = 0,
                            locked_until = null
                        where lower(username) = lower(:username) and enabled and must_change_password""")
                .param("hash", passwordEncoder.encode(password))
                .param("username", username)
                .update();
        if (changed != 1) {
            throw new AccessDeniedException("This account has no password to choose");
        }
        audit.recordOutsideFile(username, AuditAction.UPDATE, "audit.password.chosen", username);
    }

    /**
     * The signed-in user replaces the password they know (on *Mijn account*). A wrong current password counts as a
     * failed login and stays counted, so that a session left open cannot be used to guess it.
     *
     * @throws AccountRefused when the current password is wrong or the new one breaks the policy
     */
    @PreAuthorize("isAuthenticated() and !hasAuthority('" + MUST_CHOOSE_PASSWORD + "')")
    @Transactional(noRollbackFor = AccountRefused.class)
    public void changePassword(String current, String next) {
        String username = currentUser.username().orElseThrow(() -> new AccessDeniedException("Nobody is logged in"));
        String hash = jdbc.sql("select password_hash from user_account where lower(username) = lower(:username)")
                .param("username", username)
                .query(String.class)
                .single();
        if (current == null || !passwordEncoder.matches(current, hash)) {
            accounts.recordFailedLogin(username);
            throw new AccountRefused("security.password.current-wrong");
        }
        policy.check(username, next);
        accounts.setPassword(username, next);
        audit.recordOutsideFile(username, AuditAction.UPDATE, "audit.password.changed", username);
    }

    /** Whom the login page tells users to ask for a reset code. */
    public String help() {
        return settings.help();
    }
}
