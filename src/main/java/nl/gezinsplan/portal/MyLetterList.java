package nl.gezinsplan.portal;

import java.util.List;
import nl.gezinsplan.casework.ExtensionLetter;
import nl.gezinsplan.decision.DecisionLetterSummary;
import nl.gezinsplan.objection.ObjectionLetterSummary;

/**
 * The letters a signed-in member may read in the portal, each kind newest first: decision letters (beschikkingen),
 * letters about an extended term (verdaging) and letters with the decision on an objection.
 */
public record MyLetterList(List<DecisionLetterSummary> decisions, List<ExtensionLetter> extensions,
                           List<ObjectionLetterSummary> objections) {

    public boolean isEmpty() {
        return decisions.isEmpty() && extensions.isEmpty() && objections.isEmpty();
    }
}
