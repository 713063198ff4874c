package nl.gezinsplan.reporting;

import java.time.Instant;

/**
 * How one of the programme's fourteen measures is going: its actions, who owns them, their status and a traffic light
 * ({@link TrafficLight#NONE}: not judged yet), with who changed it last and when (null before anyone did) and the
 * version a change must start from.
 */
public record MeasureProgress(int number, String actions, String owner, MeasureStatus status, TrafficLight light,
        String changedBy, Instant changedAt, int version) {

    /** "monitor.measure.9": the measure's name. */
    public String messageKey() {
        return "monitor.measure." + number;
    }
}
