package nl.gezinsplan.objection;

/** What the committee advises, and what the college decides, on an admissible objection. */
public enum ObjectionVerdict {
    WELL_FOUNDED,
    UNFOUNDED;

    ObjectionStatus status() {
        return this == WELL_FOUNDED ? ObjectionStatus.WELL_FOUNDED : ObjectionStatus.UNFOUNDED;
    }
}
