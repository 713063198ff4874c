package nl.gezinsplan.casework;

/** Why care ends after the evaluation meeting. */
public enum OutflowReason {
    NO_FOLLOW_UP,
    SCALED_DOWN,
    SCALED_UP
}
