package nl.gezinsplan.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Which Gezinsplan user a person signed on at the provider is, found by the configured claim: role and teams stay in
 * Gezinsplan. Refuses unknown people (or creates them, when so configured), deactivated accounts, family members
 * and consultants still waiting for a team. No transaction around it: a created account stays although its
 * login is refused, as the person is told.
 */
@Service
class SingleSignOnUsers {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnUsers.class);

    /** As an administrator's user names, plus {@code @}: a name taken from an e-mail address or Entra's UPN. */
    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._@-]{3,64}");
    private static final int MAX_NAME = 100;
    private static final int MAX_EMAIL = 200;

    private final UserAccountRepository repository;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final SingleSignOnProperties properties;
    private final SecureRandom random = new SecureRandom();

    SingleSignOnUsers(UserAccountRepository repository, JdbcClient jdbc, PasswordEncoder passwordEncoder,
                      AuditLog audit, Clock clock, SingleSignOnProperties properties) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * The account of the person with these claims (from the provider's ID token and user info).
     *
     * @throws SingleSignOnRefused when that person may not log in to Gezinsplan, with the reason
     */
    UserAccount signOn(Map<String, Object> claims) {
        String name = text(claims, properties.userClaim());
        if (name == null || !UserDirectory.isPossibleUsername(name)) {
            log.warn("Single sign-on without a usable '{}' claim", properties.userClaim());
            throw new SingleSignOnRefused(SingleSignOnRefusal.UNKNOWN);
        }
        boolean byEmail = SingleSignOnProperties.EMAIL.equals(properties.userClaim());
        if (byEmail && Boolean.FALSE.equals(claims.get("email_verified"))) {
            log.warn("Single sign-on refused: the provider has not verified the e-mail address");
            throw new SingleSignOnRefused(SingleSignOnRefusal.UNKNOWN);
        }
        List<UserAccount> accounts = byEmail ? withEmail(name) : repository.findByUsername(name).stream().toList();
        if (accounts.size() > 1) {
            log.warn("Single sign-on refused: {} accounts have the e-mail address of the person signing on",
                    accounts.size());
            throw new SingleSignOnRefused(SingleSignOnRefusal.UNKNOWN);
        }
        if (accounts.isEmpty()) {
            // a family member's address never becomes a staff account, nor signs on as one
            if (byEmail && familyHasEmail(name)) {
                throw new SingleSignOnRefused(SingleSignOnRefusal.FAMILY);
            }
            if (properties.createUsers()) {
                create(name, claims);
                throw new SingleSignOnRefused(SingleSignOnRefusal.CREATED);
            }
            throw new SingleSignOnRefused(SingleSignOnRefusal.UNKNOWN);
        }
        UserAccount account = accounts.get(0);
        if (account.role() == Role.FAMILY) {
            throw new SingleSignOnRefused(SingleSignOnRefusal.FAMILY);
        }
        if (!account.enabled()) {
            throw new SingleSignOnRefused(SingleSignOnRefusal.DEACTIVATED);
        }
        if (account.role() == Role.CONSULTANT && account.teamCodes().isEmpty()) {
            throw new SingleSignOnRefused(SingleSignOnRefusal.AWAITING_TEAM);
        }
        return account;
    }

    private boolean familyHasEmail(String email) {
        return jdbc.sql("select exists (select 1 from user_account where lower(email) = lower(:email) and role = 'FAMILY')")
                .param("email", email)
                .query(Boolean.class)
                .single();
    }

    private List<UserAccount> withEmail(String email) {
        return repository.findAllById(jdbc.sql("""
                        select id from user_account where lower(email) = lower(:email) and role <> 'FAMILY'""")
                .param("email", email)
                .query(Long.class)
                .list());
    }

    /**
     * Just-in-time creation: a consultant without teams, named by the claim, with a password nobody knows (an
     * administrator can issue one). Audited in the new user's name, as they caused it.
     */
    private void create(String username, Map<String, Object> claims) {
        if (!USERNAME.matcher(username).matches() || repository.findByUsername(username).isPresent()) {
            log.warn("Single sign-on cannot create an account named by the '{}' claim", properties.userClaim());
            throw new SingleSignOnRefused(SingleSignOnRefusal.UNKNOWN);
        }
        String given = text(claims, "given_name");
        String fullName = text(claims, "name");
        String firstName = given != null ? given : fullName != null ? fullName : username;
        String lastName = given != null && text(claims, "family_name") != null ? text(claims, "family_name") : "";
        String email = text(claims, "email");
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        repository.save(new UserAccount(username, cut(firstName, MAX_NAME), cut(lastName, MAX_NAME),
                email == null || email.length() > MAX_EMAIL ? null : email,
                passwordEncoder.encode(Base64.getEncoder().encodeToString(secret)), Role.CONSULTANT, Set.of(),
                clock.instant()));
        audit.recordOutsideFile(username, AuditAction.CREATE, "audit.sso.account-created", username);
        log.info("Single sign-on created an account (on the audit trail); an administrator must give it a team");
    }

    private static String text(Map<String, Object> claims, String claim) {
        Object value = claims.get(claim);
        return value instanceof String text && !text.isBlank() ? text.strip() : null;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Refuses a single sign-on, for the reason shown to the person. */
    static final class SingleSignOnRefused extends RuntimeException {

        private final SingleSignOnRefusal reason;

        SingleSignOnRefused(SingleSignOnRefusal reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        SingleSignOnRefusal reason() {
            return reason;
        }
    }
}
