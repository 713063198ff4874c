package nl.gezinsplan.base;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a scheduled job of ours runs on one node of a cluster at a time: it holds a PostgreSQL advisory lock named after
 * the job for its transaction; a node that does not get it skips its turn. The job must still be safe to run twice.
 */
@Component
public class ClusterLock {

    private final JdbcClient jdbc;

    ClusterLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this node now holds {@code job}'s lock, until the caller's transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean tryHold(String job) {
        return jdbc.sql("select pg_try_advisory_xact_lock(hashtext(:job))").param("job", job)
                .query(Boolean.class).single();
    }
}
