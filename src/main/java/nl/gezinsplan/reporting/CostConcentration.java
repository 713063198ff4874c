package nl.gezinsplan.reporting;

import java.math.BigDecimal;

/**
 * How much of a calendar year's cost of Gezinsplan's own care lies with the costliest tenth of the families that had
 * care in it (measure 12, the heaviest stacks of care): how many families had care, how many are in that tenth, what
 * their care cost and its share of all, and on average per family in it the provisions, the laws and the
 * professionals in their plan. Without a family: the monitor shows totals, the list behind them is
 * {@link Monitor#costliestFamilies}.
 */
public record CostConcentration(int year, long families, long topFamilies, BigDecimal topCost, BigDecimal shareOfCost,
        BigDecimal provisionsPerFamily, BigDecimal lawsPerFamily, BigDecimal professionalsPerFamily) {}
