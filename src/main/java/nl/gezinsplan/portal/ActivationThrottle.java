package nl.gezinsplan.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down guessing of first-time codes: after a number of wrong codes from one address, activating from there
 * pauses for a while, whatever code is typed. Counted in the database, so the pause holds on every node.
 */
@Component
class ActivationThrottle {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final InvitationSettings settings;
    private final Clock clock;

    ActivationThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, InvitationSettings settings,
                       Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        // a wrong code is counted although the activation it belongs to is rolled back by its refusal
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.clock = clock;
    }

    boolean paused(String address) {
        return jdbc.sql("""
                        select exists (select 1 from failed_activation
                                       where address = :address and failures >= :max and until > :now)""")
                .param("address", address)
                .param("max", settings.maxFailedActivations())
                .param("now", Timestamp.from(clock.instant()))
                .query(Boolean.class)
                .single();
    }

    /** One more wrong code from {@code address}; the count is forgotten when the pause after the last one is over. */
    void failed(String address) {
        Instant now = clock.instant();
        ownTransaction.executeWithoutResult(status -> {
            jdbc.sql("delete from failed_activation where until <= :now").param("now", Timestamp.from(now)).update();
            jdbc.sql("""
                            insert into failed_activation (address, failures, until) values (:address, 1, :until)
                            on conflict (address)
                            do update set failures = failed_activation.failures + 1, until = :until""")
                    .param("address", address)
                    .param("until", Timestamp.from(now.plus(settings.activationPause())))
                    .update();
        });
    }
}
