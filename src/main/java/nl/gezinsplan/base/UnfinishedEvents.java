package nl.gezinsplan.base;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Offers every event whose {@link AfterCommit} reaction failed (or was cut off by a crash) to its reaction again,
 * every few minutes, besides once at start (spring.modulith.events.republish-outstanding-events-on-restart).
 */
@Component
@EnableScheduling
class UnfinishedEvents {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedEvents.class);
    /** Long enough that a reaction still running on the publishing thread is not offered twice. */
    private static final Duration SETTLED = Duration.ofMinutes(1);

    private final IncompleteEventPublications incomplete;

    UnfinishedEvents(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(fixedDelayString = "${gezinsplan.events.retry-every:PT5M}", initialDelayString = "${gezinsplan.events.retry-every:PT5M}")
    void retry() {
        log.debug("Offering unfinished events again");
        incomplete.resubmitIncompletePublicationsOlderThan(SETTLED);
    }
}
