package nl.gezinsplan.meeting;

/** What the check meeting half-way concludes about whether the help works, as the family judges it. */
public enum CheckOutcome {
    CONTINUE,
    ADJUST,
    STOP
}
