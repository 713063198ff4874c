package nl.gezinsplan.reporting;

import java.time.YearMonth;

/** Chained youth provisions that start (inflow) or end (outflow) in a month, residential apart from the rest. */
public record MonthlyFlow(YearMonth month, long inflowNonResidential, long outflowNonResidential,
        long inflowResidential, long outflowResidential) {}
