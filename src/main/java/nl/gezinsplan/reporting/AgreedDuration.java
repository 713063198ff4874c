package nl.gezinsplan.reporting;

import java.math.BigDecimal;
import nl.gezinsplan.base.Law;

/**
 * Measure 10 per law, provider and product: the chains of care active in a period for a product with an agreed maximum
 * duration, and how many of them had run longer than agreed by the period's end, with their share (a percentage with
 * one decimal).
 */
public record AgreedDuration(Law law, String provider, String productCode, int maxMonths, long chains, long longer,
        BigDecimal shareLonger) {}
