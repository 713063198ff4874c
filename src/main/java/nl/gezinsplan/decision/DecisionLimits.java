package nl.gezinsplan.decision;

import nl.gezinsplan.base.TextLimit;

/** How long a decision letter's motivation may be: the length of its column. */
public final class DecisionLimits {

    public static final TextLimit MOTIVATION =
            new TextLimit("decision_motivation", "text", 4000, "decision.motivation");

    private DecisionLimits() {
    }
}
