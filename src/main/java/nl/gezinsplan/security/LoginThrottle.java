package nl.gezinsplan.security;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed logins per account and address, and per address whatever the account. A stranger who guesses locks only
 * their own pair with the account, for growing periods, and pauses their address when trying many accounts; the
 * owner at another address is not kept out (the account as a whole only gets a short wait, in
 * {@link UserAccounts}). Counted in the database, so that every node of a cluster counts the same failures.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final SecurityProperties properties;

    LoginThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        // a failure is counted even when the caller's work is rolled back by the refusal that follows it
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
    }

    /** Until when a login on {@code username} from {@code address} is refused, if it is now. */
    Optional<Instant> pausedUntil(String username, String address, Instant now) {
        Optional<Failures> pair = jdbc.sql("""
                        select failures as count, last_failure as last from failed_login
                        where username_hash = :username and address = :address""")
                .param("username", key(username))
                .param("address", address)
                .query(Failures::of)
                .optional();
        Optional<Failures> fromAddress = jdbc.sql("""
                        select failures as count, last_failure as last from failed_login_address
                        where address = :address""")
                .param("address", address)
                .query(Failures::of)
                .optional();
        return Stream.of(pair.flatMap(this::pairLock), fromAddress.flatMap(this::addressLock))
                .flatMap(Optional::stream)
                .filter(until -> until.isAfter(now))
                .max(Instant::compareTo);
    }

    /** The longest lock on {@code username} from any address, as the administrator sees it. */
    Optional<Instant> lockedUntil(String username, Instant now) {
        return jdbc.sql("""
                        select failures as count, last_failure as last from failed_login
                        where username_hash = :username""")
                .param("username", key(username))
                .query(Failures::of)
                .stream()
                .flatMap(failures -> pairLock(failures).stream())
                .filter(until -> until.isAfter(now))
                .max(Instant::compareTo);
    }

    void failed(String username, String address, Instant now) {
        Timestamp forgotten = Timestamp.from(now.minus(properties.maxLockDuration()));
        Timestamp at = Timestamp.from(now);
        ownTransaction.executeWithoutResult(status -> {
            jdbc.sql("delete from failed_login where last_failure < :forgotten").param("forgotten", forgotten).update();
            jdbc.sql("delete from failed_login_address where last_failure < :forgotten")
                    .param("forgotten", forgotten)
                    .update();
            jdbc.sql("""
                            insert into failed_login (username_hash, address, failures, last_failure)
                            values (:username, :address, 1, :at)
                            on conflict (username_hash, address)
                            do update set failures = failed_login.failures + 1, last_failure = :at""")
                    .param("username", key(username))
                    .param("address", address)
                    .param("at", at)
                    .update();
            jdbc.sql("""
                            insert into failed_login_address (address, failures, last_failure) values (:address, 1, :at)
                            on conflict (address)
                            do update set failures = failed_login_address.failures + 1, last_failure = :at""")
                    .param("address", address)
                    .param("at", at)
                    .update();
        });
    }

    void succeeded(String username, String address) {
        jdbc.sql("delete from failed_login where username_hash = :username and address = :address")
                .param("username", key(username))
                .param("address", address)
                .update();
    }

    /** The administrator unlocks an account at every address. */
    void forgive(String username) {
        jdbc.sql("delete from failed_login where username_hash = :username").param("username", key(username)).update();
    }

    private Optional<Instant> pairLock(Failures failures) {
        return lock(failures, properties.maxFailedLogins());
    }

    private Optional<Instant> addressLock(Failures failures) {
        return lock(failures, properties.maxFailedLoginsPerAddress());
    }

    /** From the {@code threshold}th failure on: the lock duration, doubled for each failure after it, capped. */
    private Optional<Instant> lock(Failures failures, int threshold) {
        if (failures.count() < threshold) {
            return Optional.empty();
        }
        Duration lock = properties.lockDuration().multipliedBy(1L << Math.min(failures.count() - threshold, 20));
        return Optional.of(failures.last().plus(lock.compareTo(properties.maxLockDuration()) < 0
                ? lock : properties.maxLockDuration()));
    }

    /**
     * What is typed as a user name is kept only as its hash: it may be anything, a password typed in the wrong field
     * among them.
     */
    private static String key(String username) {
        return Sha256.hex(username.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    private record Failures(int count, Instant last) {

        static Failures of(ResultSet row, int number) throws SQLException {
            return new Failures(row.getInt("count"), row.getTimestamp("last").toInstant());
        }
    }
}
