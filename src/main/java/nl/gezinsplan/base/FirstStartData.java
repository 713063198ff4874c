package nl.gezinsplan.base;

import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lets nodes of a cluster that start together write their first-start data one after another: the demo users, the
 * first administrator, the demo families and requests (every {@code ApplicationRunner}, each of which writes only what
 * is not there yet). A node holds its {@link StartLock} from the moment its context has started, before the runners,
 * until it is ready; the next node waits for it and then finds everything written. On a failed start the pool's
 * shutdown closes the connection, which releases the lock as well.
 */
@Component
class FirstStartData {

    private final DataSource dataSource;
    private StartLock lock;

    FirstStartData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationStartedEvent.class)
    void hold() {
        lock = StartLock.hold(dataSource, "first-start-data");
    }

    @EventListener(ApplicationReadyEvent.class)
    void release() {
        if (lock != null) {
            lock.release();
            lock = null;
        }
    }
}
