package nl.gezinsplan.reporting;

import java.math.BigDecimal;
import nl.gezinsplan.base.Law;

/** A law's spending against the ceiling the council set; {@code share} is a percentage of the ceiling. */
public record BudgetLine(Law law, BigDecimal spent, BigDecimal ceiling, BigDecimal share, TrafficLight light) {}
