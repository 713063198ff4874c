package nl.gezinsplan.reporting;

import java.math.BigDecimal;
import java.util.Optional;
import nl.gezinsplan.base.Law;

/**
 * How long the requests under a law (all laws when {@code law} is empty) that reached {@code stage} in a period waited
 * for it: how many there were, and the median and 90th percentile of their days from the request, with one decimal
 * (between two requests, interpolated); both null when there were none.
 */
public record WaitingTime(WaitingStage stage, Optional<Law> law, long requests, BigDecimal median,
        BigDecimal percentile90) {}
