package nl.gezinsplan.reporting;

import java.util.Locale;

/** The step a {@link WaitingTime} waits for, counted from the day the request came in. */
public enum WaitingStage {
    /** The research conversation with the family, on the day its research report gives. */
    CONVERSATION,
    /** The decision. */
    DECISION,
    /** The effective start of the first care granted on the request. */
    CARE_START;

    /** "monitor.waiting-times.stage.care-start" and so on. */
    public String messageKey() {
        return "monitor.waiting-times.stage." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
