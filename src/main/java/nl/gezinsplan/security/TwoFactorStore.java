package nl.gezinsplan.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code two_factor} and {@code recovery_code}; each change that must happen once is one conditional update. */
@Repository
class TwoFactorStore {

    /** A user's account and their two-factor row, if any; {@code secret} as stored (encrypted). */
    record Account(long id, String username, Role role, String secret, Instant enrolledAt, Long lastTimeStep) {

        boolean enrolled() {
            return enrolledAt != null;
        }

        boolean enrolling() {
            return secret != null && enrolledAt == null;
        }
    }

    private final JdbcClient jdbc;

    TwoFactorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> find(String username) {
        if (!UserDirectory.isPossibleUsername(username)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select u.id, u.username, u.role, t.secret, t.enrolled_at, t.last_time_step
                        from user_account u left join two_factor t on t.user_account = u.id
                        where lower(u.username) = lower(:username)""")
                .param("username", username)
                .query((rs, row) -> new Account(rs.getLong("id"), rs.getString("username"),
                        Role.valueOf(rs.getString("role")), rs.getString("secret"),
                        rs.getTimestamp("enrolled_at") == null ? null : rs.getTimestamp("enrolled_at").toInstant(),
                        (Long) rs.getObject("last_time_step")))
                .optional();
    }

    /** A new secret waiting for its first code; replaces an earlier one that never got it. */
    void saveUnconfirmed(long userId, String encryptedSecret) {
        jdbc.sql("""
                        insert into two_factor (user_account, secret) values (:id, :secret)
                        on conflict (user_account) do update set secret = excluded.secret, enrolled_at = null,
                            last_time_step = null
                        where two_factor.enrolled_at is null""")
                .param("id", userId)
                .param("secret", encryptedSecret)
                .update();
    }

    boolean confirm(long userId, long timeStep, Instant now) {
        return jdbc.sql("""
                        update two_factor set enrolled_at = :now, last_time_step = :step
                        where user_account = :id and enrolled_at is null""")
                .param("id", userId)
                .param("step", timeStep)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Accepts a code's time step once, and none before the last accepted one. */
    boolean useTimeStep(long userId, long timeStep) {
        return jdbc.sql("""
                        update two_factor set last_time_step = :step
                        where user_account = :id and enrolled_at is not null
                          and (last_time_step is null or last_time_step < :step)""")
                .param("id", userId)
                .param("step", timeStep)
                .update() == 1;
    }

    void replaceRecoveryCodes(long userId, List<String> hashes) {
        jdbc.sql("delete from recovery_code where user_account = :id").param("id", userId).update();
        hashes.forEach(hash -> jdbc.sql("insert into recovery_code (user_account, code_hash) values (:id, :hash)")
                .param("id", userId)
                .param("hash", hash)
                .update());
    }

    boolean useRecoveryCode(long userId, String hash, Instant now) {
        return jdbc.sql("""
                        update recovery_code set used_at = :now
                        where id = (select id from recovery_code
                                    where user_account = :id and code_hash = :hash and used_at is null limit 1)
                          and used_at is null""")
                .param("id", userId)
                .param("hash", hash)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    int recoveryCodesLeft(long userId) {
        return jdbc.sql("select count(*) from recovery_code where user_account = :id and used_at is null")
                .param("id", userId)
                .query(Integer.class)
                .single();
    }

    /** Forgets the user's secret and recovery codes; returns whether there was a secret. */
    boolean delete(long userId) {
        jdbc.sql("delete from recovery_code where user_account = :id").param("id", userId).update();
        return jdbc.sql("delete from two_factor where user_account = :id").param("id", userId).update() == 1;
    }
}
