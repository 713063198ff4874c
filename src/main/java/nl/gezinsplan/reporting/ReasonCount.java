package nl.gezinsplan.reporting;

import java.math.BigDecimal;
import nl.gezinsplan.base.Law;

/**
 * Of the requests under a law counted for {@code kind} in a period, how many recorded {@code code}, and their share of
 * the law's (a percentage with one decimal). A refusal may give several reasons, so the shares of the refusal reasons
 * may add up to more than 100%.
 */
public record ReasonCount(ReasonKind kind, Law law, String code, long requests, BigDecimal share) {}
