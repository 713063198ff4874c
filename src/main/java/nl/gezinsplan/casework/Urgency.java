package nl.gezinsplan.casework;

/** A crisis request skips the triage queue and is researched at once. */
public enum Urgency {
    NORMAL,
    CRISIS
}
