package nl.gezinsplan.reporting;

import java.math.BigDecimal;
import nl.gezinsplan.base.Law;

/**
 * Objections against decisions under a law in a period: how many came in, how many were decided (inadmissible,
 * unfounded or well-founded; a withdrawn one decides nothing), how many of those were upheld (well-founded), and
 * that share of the decided (a percentage with one decimal; null when none was decided).
 */
public record ObjectionCount(Law law, long received, long decided, long upheld, BigDecimal shareUpheld) {}
