package nl.gezinsplan.base;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A PostgreSQL advisory lock that a starting node holds over one phase of its start, so that nodes of a cluster
 * starting together go through that phase one after another. It belongs to a connection of its own: a node that dies
 * holding it loses its session, and with it the lock. (A scheduled job uses {@link ClusterLock} instead.)
 */
public final class StartLock {

    private final Connection holding;
    private final String phase;

    private StartLock(Connection holding, String phase) {
        this.holding = holding;
        this.phase = phase;
    }

    /** Waits until no other node is in {@code phase}, and holds it. */
    public static StartLock hold(DataSource dataSource, String phase) {
        try {
            Connection connection = dataSource.getConnection();
            StartLock lock = new StartLock(connection, phase);
            lock.execute("select pg_advisory_lock(hashtext(?))");
            return lock;
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot lock the start phase " + phase, failure);
        }
    }

    public void release() {
        try (Connection connection = holding) {
            // a pooled connection's session outlives close(): unlock first
            execute("select pg_advisory_unlock(hashtext(?))");
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot unlock the start phase " + phase, failure);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var statement = holding.prepareStatement(sql)) {
            statement.setString(1, phase);
            statement.execute();
        }
    }
}
