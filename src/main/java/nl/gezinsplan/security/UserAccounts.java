package nl.gezinsplan.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: logging in, the wait after repeated failures, family members' logins. */
@Service
@Transactional
public class UserAccounts implements UserDetailsService {

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final SecurityProperties properties;
    private final Clock clock;

    UserAccounts(UserAccountRepository repository, PasswordEncoder passwordEncoder, PasswordPolicy policy,
                 SecurityProperties properties, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = account(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                // until it has chosen a new password, a login reaches nothing but the page to choose one
                .authorities(account.mustChangePassword() ? PasswordResets.MUST_CHOOSE_PASSWORD
                        : account.role().authority())
                .disabled(!account.enabled())
                .build();
    }

    /** Until when a login on this account waits, whatever the address: failures anywhere delay it, a little. */
    @Transactional(readOnly = true)
    Optional<Instant> delayedUntil(String username) {
        return account(username).map(UserAccount::lockedUntil);
    }

    /** No account for a name no account can have, without asking the database, which cannot compare NUL. */
    private Optional<UserAccount> account(String username) {
        return UserDirectory.isPossibleUsername(username) ? repository.findByUsername(username) : Optional.empty();
    }

    /**
     * From the {@code max-failed-logins}th failure in a row on, at any address, the account waits one second,
     * doubling with each further failure up to {@code max-account-delay}: slows guessing from many addresses
     * without keeping the owner out.
     */
    void recordFailedLogin(String username) {
        if (!UserDirectory.isPossibleUsername(username)) {
            return;
        }
        repository.recordFailedLogin(username, properties.maxFailedLogins(), clock.instant(),
                properties.maxAccountDelay().toSeconds());
    }

    void recordSuccessfulLogin(String username) {
        repository.clearFailedLogins(username);
    }

    /** Creates the account unless one with this user name exists; returns whether it did. */
    boolean createIfAbsent(String username, String firstName, String lastName, String email, String password,
                           Role role, Set<String> teamCodes) {
        if (repository.findByUsername(username).isPresent()) {
            return false;
        }
        repository.save(new UserAccount(username, firstName, lastName, email, passwordEncoder.encode(password), role,
                teamCodes, clock.instant()));
        return true;
    }

    /** Sets the password of an existing account, which need not choose another then. The caller checked the policy. */
    void setPassword(String username, String password) {
        repository.setPassword(username, passwordEncoder.encode(password));
    }

    /**
     * Creates the login of a family member for the portal. The caller has checked what entitles them to it (an
     * invitation) and links the login to their person in the family.
     *
     * @param email the address family e-mails go to (the invitation's), or null
     * @throws AccountRefused when the user name or password does not meet the rules
     */
    public void createFamilyLogin(String username, String firstName, String lastName, String password, String email) {
        if (!UserAccount.isValidUsername(username)) {
            throw new AccountRefused("security.username.invalid");
        }
        if (repository.findByUsername(username).isPresent()) {
            throw new AccountRefused("security.username.taken");
        }
        policy.check(username, password);
        repository.save(new UserAccount(username, firstName, lastName, email, passwordEncoder.encode(password),
                Role.FAMILY, Set.of(), clock.instant()));
    }

    /** A family member's login without an e-mail address. */
    public void createFamilyLogin(String username, String firstName, String lastName, String password) {
        createFamilyLogin(username, firstName, lastName, password, null);
    }

    /**
     * Stops a family member's login from signing in again; a session it still has is refused by the portal, which
     * checks the member's access on every call. The caller has checked who may end that access.
     */
    public void disableFamilyLogin(String username) {
        repository.disableFamilyLogin(username);
    }
}
