package nl.gezinsplan.benefit;

/** What a re-examination of a right found: the right continues as it is, changes, or ends. */
public enum ReexaminationOutcome {
    CONTINUES,
    CHANGES,
    ENDS
}
