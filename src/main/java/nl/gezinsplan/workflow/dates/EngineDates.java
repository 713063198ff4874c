package nl.gezinsplan.workflow.dates;

import static nl.gezinsplan.base.ClockConfiguration.MUNICIPALITY_ZONE;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Days as the engine sees them. Delegates read the engine's clock, not the application's, so a step compares dates
 * with the same "now" as the timers around it.
 */
public final class EngineDates {

    private EngineDates() {
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), MUNICIPALITY_ZONE);
    }

    /** The day in the municipality of a moment the engine recorded, such as a task's creation. */
    public static LocalDate dayOf(Date moment) {
        return LocalDate.ofInstant(moment.toInstant(), MUNICIPALITY_ZONE);
    }

    /** The start of the day in the municipality, as timers and due dates take it. */
    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(MUNICIPALITY_ZONE).toInstant());
    }
}
