package nl.gezinsplan.casework;

/** What one unit of a product is, as the iJw / iWmo standards count it. */
public enum Unit {
    HOUR,
    DAY_PART,
    DAY,
    WEEK,
    MONTH,
    PIECE,
    TRAJECTORY
}
