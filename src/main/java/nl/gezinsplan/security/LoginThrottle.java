package nl.gezinsplan.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Failed logins per account and address, and per address whatever the account. A stranger who guesses locks only
 * their own pair with the account, for growing periods, and pauses their address when trying many accounts; the
 * owner at another address is not kept out (the account as a whole only gets a short wait, in
 * {@link UserAccounts}). Kept in memory: a restart forgives.
 */
@Component
class LoginThrottle {

    private final Map<String, Failures> pairs = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final SecurityProperties properties;

    LoginThrottle(SecurityProperties properties) {
        this.properties = properties;
    }

    /** Until when a login on {@code username} from {@code address} is refused, if it is now. */
    Optional<Instant> pausedUntil(String username, String address, Instant now) {
        return Stream.of(pairLock(pairs.get(pair(username, address))), addressLock(addresses.get(address)))
                .flatMap(Optional::stream)
                .filter(until -> until.isAfter(now))
                .max(Instant::compareTo);
    }

    /** The longest lock on {@code username} from any address, as the administrator sees it. */
    Optional<Instant> lockedUntil(String username, Instant now) {
        String prefix = pair(username, "");
        return pairs.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(prefix))
                .flatMap(entry -> pairLock(entry.getValue()).stream())
                .filter(until -> until.isAfter(now))
                .max(Instant::compareTo);
    }

    void failed(String username, String address, Instant now) {
        Instant forgotten = now.minus(properties.maxLockDuration());
        pairs.values().removeIf(failures -> failures.last().isBefore(forgotten));
        addresses.values().removeIf(failures -> failures.last().isBefore(forgotten));
        pairs.merge(pair(username, address), new Failures(1, now), Failures::andThen);
        addresses.merge(address, new Failures(1, now), Failures::andThen);
    }

    void succeeded(String username, String address) {
        pairs.remove(pair(username, address));
    }

    /** The administrator unlocks an account at every address. */
    void forgive(String username) {
        String prefix = pair(username, "");
        pairs.keySet().removeIf(key -> key.startsWith(prefix));
    }

    private Optional<Instant> pairLock(Failures failures) {
        return lock(failures, properties.maxFailedLogins());
    }

    private Optional<Instant> addressLock(Failures failures) {
        return lock(failures, properties.maxFailedLoginsPerAddress());
    }

    /** From the {@code threshold}th failure on: the lock duration, doubled for each failure after it, capped. */
    private Optional<Instant> lock(Failures failures, int threshold) {
        if (failures == null || failures.count() < threshold) {
            return Optional.empty();
        }
        Duration lock = properties.lockDuration().multipliedBy(1L << Math.min(failures.count() - threshold, 20));
        return Optional.of(failures.last().plus(lock.compareTo(properties.maxLockDuration()) < 0
                ? lock : properties.maxLockDuration()));
    }

    private static String pair(String username, String address) {
        return username.toLowerCase(Locale.ROOT) + "\n" + address;
    }

    private record Failures(int count, Instant last) {

        Failures andThen(Failures next) {
            return new Failures(count + next.count, next.last);
        }
    }
}
