package nl.gezinsplan.reporting;

/** The lengths of period the monitor reports over: the month is the base grain, the rest are whole months. */
public enum PeriodKind {
    MONTH,
    QUARTER,
    HALF_YEAR,
    YEAR
}
