package nl.gezinsplan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import nl.gezinsplan.base.ClockConfiguration;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: the real time, until a test moves it to another day to see what time alone does.
 * A test that moves it sets it back afterwards ({@link #reset}), as the context is shared.
 */
@Primary
public class TestClock extends Clock {

    private final Clock system = Clock.system(ClockConfiguration.MUNICIPALITY_ZONE);
    private volatile Clock current = system;

    /**
     * The same time of day as now, on {@code day}, in the municipality's zone: a whole number of days away would land
     * on the next day across a change to or from summer time when it is now the last hour before midnight.
     */
    public void moveTo(LocalDate day) {
        ZonedDateTime now = ZonedDateTime.now(system);
        current = Clock.offset(system, Duration.between(now, now.with(day)));
    }

    public void reset() {
        current = system;
    }

    @Override
    public ZoneId getZone() {
        return current.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return current.withZone(zone);
    }

    @Override
    public Instant instant() {
        return current.instant();
    }
}
