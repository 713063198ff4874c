package nl.gezinsplan.reporting;

/** Where the actions of a programme measure stand. */
public enum MeasureStatus {
    NOT_STARTED,
    UNDERWAY,
    DELAYED,
    DONE
}
