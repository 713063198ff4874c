package nl.gezinsplan.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of first-time codes: after a number of wrong codes from one address, activating from there
 * pauses for a while, whatever code is typed. Kept in memory: a restart forgives, which 60 bits per code allow.
 */
@Component
class ActivationThrottle {

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final InvitationSettings settings;
    private final Clock clock;

    ActivationThrottle(InvitationSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    boolean paused(String address) {
        Failures recent = failures.get(address);
        return recent != null && recent.count() >= settings.maxFailedActivations() && !recent.over(clock.instant());
    }

    void failed(String address) {
        Instant now = clock.instant();
        failures.values().removeIf(old -> old.over(now));
        failures.merge(address, new Failures(1, now.plus(settings.activationPause())),
                (earlier, next) -> new Failures(earlier.count() + 1, next.until()));
    }

    /** {@code count} wrong codes, the last of which is remembered until {@code until}. */
    private record Failures(int count, Instant until) {

        boolean over(Instant now) {
            return !until.isAfter(now);
        }
    }
}
