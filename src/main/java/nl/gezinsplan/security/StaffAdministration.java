package nl.gezinsplan.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work on staff accounts: create, change, deactivate, reactivate, unlock; each act on the audit
 * trail. Family members' accounts come from portal invitations and are only listed and unlocked here.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class StaffAdministration {

    private final UserAccountRepository accounts;
    private final UserDirectory directory;
    private final List<HeldWork> heldWork;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StaffAdministration(UserAccountRepository accounts, UserDirectory directory, List<HeldWork> heldWork,
                        CurrentUser currentUser, AuditLog audit, LoginThrottle throttle,
                        PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.heldWork = heldWork;
        this.currentUser = currentUser;
        this.audit = audit;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The users as the administrator sees them, each locked until the end of the longest wait at any address. */
    @Transactional(readOnly = true)
    public List<DirectoryUser> findUsers(UserFilter filter, UserDirectory.Activity activity, int offset, int limit) {
        Instant now = clock.instant();
        return directory.findUsers(filter, activity, offset, limit).stream()
                .map(user -> throttle.lockedUntil(user.username(), now)
                        .filter(until -> !user.isLockedAt(until))
                        .map(user::lockedUntil)
                        .orElse(user))
                .toList();
    }

    @Transactional(readOnly = true)
    public long countUsers(UserFilter filter, UserDirectory.Activity activity) {
        return directory.countUsers(filter, activity);
    }

    @Transactional(readOnly = true)
    public Optional<DirectoryUser> user(String username) {
        return directory.findUser(username);
    }

    /**
     * Creates a staff member's account. It has no password anyone knows: the administrator then issues a reset code
     * with which the new user chooses their own.
     *
     * @throws AccountRefused when a rule refuses it; nothing is saved
     */
    public DirectoryUser create(String username, StaffDetails details) {
        String name = username == null ? null : username.strip();
        StaffDetails entered = details.trimmed();
        UserAccount account = UserAccount.staff(name, entered, unusablePasswordHash(), clock.instant());
        if (accounts.findByUsername(name).isPresent()) {
            throw new AccountRefused("security.username.taken");
        }
        requireFreeEmail(entered.email(), name);
        requireKnownTeams(entered);
        accounts.save(account);
        audit.recordOutsideFile(me(), AuditAction.CREATE, "audit.staff.created",
                name + " (" + entered.role() + ", " + new TreeSet<>(entered.teamCodes()) + ")");
        return directory.findUser(name).orElseThrow();
    }

    /**
     * Changes a staff member's names, e-mail, role and teams. Nobody changes their own role, and the last active
     * administrator stays one.
     *
     * @throws AccountRefused when a rule refuses it; nothing is saved
     */
    public DirectoryUser change(String username, StaffDetails details) {
        UserAccount account = account(username);
        StaffDetails before = account.details();
        StaffDetails after = details.trimmed();
        if (after.role() != before.role()) {
            if (isMe(account)) {
                throw new AccountRefused("security.staff.own-role");
            }
            if (before.role() == Role.ADMIN && account.enabled()) {
                requireAnotherAdministrator();
            }
        }
        account.change(after);
        requireFreeEmail(after.email(), account.username());
        requireKnownTeams(after);
        accounts.save(account);
        recordChanges(account.username(), before, after);
        return directory.findUser(account.username()).orElseThrow();
    }

    /**
     * Deactivates an account: its owner can no longer log in, and a session still open is refused at its next
     * request. Refused for one's own account, the last active administrator, and while the user holds work.
     */
    public void deactivate(String username) {
        UserAccount account = account(username);
        if (isMe(account)) {
            throw new AccountRefused("security.staff.deactivate-self");
        }
        if (!account.enabled()) {
            return;
        }
        if (account.role() == Role.ADMIN) {
            requireAnotherAdministrator();
        }
        if (heldWork(account.username()) > 0) {
            throw new AccountRefused("security.staff.holds-work");
        }
        account.deactivate();
        accounts.save(account);
        audit.recordOutsideFile(me(), AuditAction.UPDATE, "audit.staff.deactivated", account.username());
    }

    public void reactivate(String username) {
        UserAccount account = account(username);
        if (account.enabled()) {
            return;
        }
        account.reactivate();
        accounts.save(account);
        audit.recordOutsideFile(me(), AuditAction.UPDATE, "audit.staff.reactivated", account.username());
    }

    /** Lifts the wait after failed logins, at every address; a family member's account too. */
    public void unlock(String username) {
        UserAccount account = account(username);
        accounts.clearFailedLogins(account.username());
        throttle.forgive(account.username());
        audit.recordOutsideFile(me(), AuditAction.UPDATE, "audit.staff.unlocked", account.username());
    }

    /** The families and tasks {@code username} holds, as every module that holds work counts them. */
    @Transactional(readOnly = true)
    public long heldWork(String username) {
        return heldWork.stream().mapToLong(work -> work.heldBy(username)).sum();
    }

    private UserAccount account(String username) {
        Optional<UserAccount> account = UserDirectory.isPossibleUsername(username)
                ? accounts.findByUsername(username) : Optional.empty();
        return account.orElseThrow(() -> new AccountRefused("security.staff.unknown"));
    }

    private void requireAnotherAdministrator() {
        if (accounts.lockActiveAdministrators() <= 1) {
            throw new AccountRefused("security.staff.last-administrator");
        }
    }

    private void requireFreeEmail(String email, String username) {
        if (accounts.isEmailTakenByOtherThan(email, username)) {
            throw new AccountRefused("security.staff.email.taken");
        }
    }

    private void requireKnownTeams(StaffDetails details) {
        List<String> teams = directory.groups().stream()
                .filter(group -> group.kind() == AccessGroup.Kind.TEAM).map(AccessGroup::id).toList();
        if (!teams.containsAll(details.teamCodes())) {
            throw new AccountRefused("security.staff.teams.unknown");
        }
    }

    private void recordChanges(String username, StaffDetails before, StaffDetails after) {
        if (before.role() != after.role()) {
            audit.recordOutsideFile(me(), AuditAction.UPDATE, "audit.staff.role-changed",
                    username + ": " + before.role() + " -> " + after.role());
        }
        List<String> changes = new ArrayList<>();
        changed(changes, "first_name", before.firstName(), after.firstName());
        changed(changes, "last_name", before.lastName(), after.lastName());
        changed(changes, "email", before.email(), after.email());
        changed(changes, "teams", new TreeSet<>(before.teamCodes()), new TreeSet<>(after.teamCodes()));
        if (!changes.isEmpty()) {
            audit.recordOutsideFile(me(), AuditAction.UPDATE, "audit.staff.changed",
                    username + ": " + String.join("; ", changes));
        }
    }

    private static void changed(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + " " + before + " -> " + after);
        }
    }

    private boolean isMe(UserAccount account) {
        return account.username().equalsIgnoreCase(me());
    }

    private String me() {
        return currentUser.require().username();
    }

    /** The hash of a secret nobody is told: no password matches it. */
    private String unusablePasswordHash() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
    }
}
