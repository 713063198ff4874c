package nl.gezinsplan.casework;

/** The "nee, tenzij" check for youth care: yes, no (with reasons and alternatives), or doubt for the panel. */
public enum NeeTenzijOutcome {
    YES,
    NO,
    DOUBT
}
