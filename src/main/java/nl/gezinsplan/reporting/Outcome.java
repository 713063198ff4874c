package nl.gezinsplan.reporting;

import java.math.BigDecimal;
import nl.gezinsplan.base.Law;

/**
 * How Gezinsplan's care under a law that ended in a period ended: at its evaluation as planned or stopped early, and
 * the share stopped early; and the goals of the plan for it as they stood when it ended: achieved, partly (still in
 * progress) or not (not begun, or stopped), and the share achieved. Shares are percentages with one decimal, null
 * when there is nothing to divide by.
 */
public record Outcome(Law law, long endedAsPlanned, long stoppedEarly, BigDecimal shareStoppedEarly, long goalsAchieved,
        long goalsPartly, long goalsNotAchieved, BigDecimal shareAchieved) {}
