package nl.gezinsplan.reporting;

/** What kind of number an indicator is, so a screen formats it. */
public enum Measure {
    PERCENT,
    EURO,
    COUNT,
    DAYS,
    NUMBER
}
