package nl.gezinsplan.reporting;

import java.math.BigDecimal;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.OutflowReason;

/**
 * Of the provisions under a law that ended in a period with an outflow reason (recorded at their evaluation), how many
 * ended for this reason, and their share of the law's (a percentage with one decimal).
 */
public record OutflowReasonCount(Law law, OutflowReason reason, long provisions, BigDecimal share) {}
