package nl.gezinsplan.objection;

/**
 * Where an objection stands: open, or how it ended: withdrawn (resolved in the informal talk), inadmissible,
 * well-founded (the decision is revised) or unfounded (the decision stands).
 */
public enum ObjectionStatus {
    OPEN,
    WITHDRAWN,
    INADMISSIBLE,
    WELL_FOUNDED,
    UNFOUNDED;

    /** Whether the objection ended with a decision on it, which a letter announces; a withdrawal decides nothing. */
    public boolean isDecision() {
        return this == INADMISSIBLE || this == WELL_FOUNDED || this == UNFOUNDED;
    }
}
