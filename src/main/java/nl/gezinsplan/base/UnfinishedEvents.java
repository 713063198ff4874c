package nl.gezinsplan.base;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers every event whose {@link AfterCommit} reaction failed (or was cut off by a crash) to its reaction again, at
 * start, a minute after it and then every few minutes, on one node of a cluster at a time. Only events older than a
 * minute: a younger one may still be in its reaction on the node that published it (which is why Spring Modulith's own
 * republishing at start, which takes every event, is off). An event cut off by a crash just before the restart is
 * that young at start; the turn a minute later offers it, so its reaction is done within about a minute of the restart.
 */
@Component
@EnableScheduling
class UnfinishedEvents {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedEvents.class);
    /** Long enough that a reaction still running on the publishing thread is not offered twice. */
    private static final Duration SETTLED = Duration.ofMinutes(1);

    private final IncompleteEventPublications incomplete;
    private final ClusterLock clusterLock;
    private final TransactionTemplate transaction;

    UnfinishedEvents(IncompleteEventPublications incomplete, ClusterLock clusterLock, TransactionTemplate transaction) {
        this.incomplete = incomplete;
        this.clusterLock = clusterLock;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${gezinsplan.events.retry-every:PT5M}", initialDelayString = "PT65S")
    void retry() {
        // each reaction runs in a transaction of its own; this one only holds the lock while they run
        transaction.executeWithoutResult(status -> {
            if (clusterLock.tryHold("unfinished-events")) {
                log.debug("Offering unfinished events again");
                incomplete.resubmitIncompletePublicationsOlderThan(SETTLED);
            }
        });
    }
}
