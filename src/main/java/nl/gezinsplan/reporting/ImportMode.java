package nl.gezinsplan.reporting;

/** Whether an import loads the good lines of a file with bad ones, or nothing at all. */
public enum ImportMode {
    GOOD_LINES,
    ALL_OR_NOTHING
}
