package nl.gezinsplan.reporting;

import java.math.BigDecimal;

/** One group of a breakdown: distinct clients, chained provisions active, their inflow and outflow, and cost. */
public record BreakdownRow(String label, long clients, long chains, long inflow, long outflow, BigDecimal cost) {}
