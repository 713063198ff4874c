package nl.gezinsplan.plan;

/** Paid help, or the family's own network; the policy wants as few professionals per family as possible. */
public enum InvolvedKind {
    PROFESSIONAL,
    NETWORK
}
