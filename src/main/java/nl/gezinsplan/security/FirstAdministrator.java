package nl.gezinsplan.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When no administrator can log in (none exists, or each must still choose a password), at start-up: creates the
 * administrator {@code GEZINSPLAN_ADMIN_USERNAME} with {@code GEZINSPLAN_ADMIN_PASSWORD}, or, without a password,
 * writes a one-time set-up link to the log to log in with once and choose one. Never a default password. Runs after
 * the demo users, whose administrator makes it do nothing in the demo.
 */
@Component
@Order(1)
class FirstAdministrator implements ApplicationRunner {

    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final FirstAdministratorSettings administrator;
    private final PasswordSettings passwords;
    private final UserAccounts accounts;
    private final PasswordResets resets;
    private final PasswordPolicy policy;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    FirstAdministrator(FirstAdministratorSettings administrator, PasswordSettings passwords, UserAccounts accounts,
                       PasswordResets resets, PasswordPolicy policy, JdbcClient jdbc,
                       MessageSource messages) {
        this.administrator = administrator;
        this.passwords = passwords;
        this.accounts = accounts;
        this.resets = resets;
        this.policy = policy;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure(administrator);
    }

    /** @throws FirstAdministratorRefused when the variables cannot make an administrator, saying why */
    @Transactional
    void ensure(FirstAdministratorSettings settings) {
        if (anAdministratorCanLogIn()) {
            return;
        }
        String username = settings.username();
        if (!UserAccount.isValidUsername(username)) {
            throw new FirstAdministratorRefused("GEZINSPLAN_ADMIN_USERNAME '" + username + "' is not a user name:"
                    + " use 3 to 64 letters, digits, dots, dashes or underscores.");
        }
        String role = jdbc.sql("select role from user_account where lower(username) = lower(:username)")
                .param("username", username).query(String.class).optional().orElse(null);
        if (role != null && !Role.ADMIN.name().equals(role)) {
            throw new FirstAdministratorRefused("GEZINSPLAN_ADMIN_USERNAME '" + username
                    + "' belongs to a user who is not an administrator; choose another user name.");
        }
        if (settings.hasPassword()) {
            policy.refusal(username, settings.password()).ifPresent(reason -> {
                throw new FirstAdministratorRefused("GEZINSPLAN_ADMIN_PASSWORD does not meet the password policy: "
                        + messages.getMessage(reason, null, Locale.ENGLISH) + " Choose another, or leave it out to get a"
                        + " one-time set-up link in the log instead.");
            });
            if (!accounts.createIfAbsent(username, "Beheerder", username, null, settings.password(), Role.ADMIN,
                    Set.of())) {
                accounts.setPassword(username, settings.password());
            }
            log.info("Administrator '{}' can log in with the password from GEZINSPLAN_ADMIN_PASSWORD", username);
            return;
        }
        accounts.createIfAbsent(username, "Beheerder", username, null, unusablePassword(), Role.ADMIN, Set.of());
        IssuedCode setUp = resets.issueFor(username, passwords.setUpValidFor(), SYSTEM).orElseThrow();
        log.warn("""
                No administrator can log in yet. Within {} hours, open this one-time set-up link, log in as '{}' \
                (the code is filled in) and choose a password: {}""",
                passwords.setUpValidFor().toHours(), username, setUp.link());
    }

    private boolean anAdministratorCanLogIn() {
        return jdbc.sql("select count(*) from user_account where role = 'ADMIN' and enabled and not must_change_password")
                .query(Long.class).single() > 0;
    }

    /** A password nobody knows, for an account whose owner chooses theirs with the set-up link. */
    private static String unusablePassword() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret).substring(0, 40);
    }
}
