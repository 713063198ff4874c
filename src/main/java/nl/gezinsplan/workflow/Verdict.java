package nl.gezinsplan.workflow;

import nl.gezinsplan.base.Input;
import nl.gezinsplan.casework.CaseworkLimits;

/**
 * The outcome of a four-eyes or manager check; a rejection carries its reason. A reason that does not fit its column
 * is refused here, before the engine is asked: a refusal inside the engine would be logged as its failure.
 */
public record Verdict(boolean approved, String reason) {

    public Verdict {
        Input.text(reason, CaseworkLimits.VERDICT_REASON);
    }

    public static Verdict approve() {
        return new Verdict(true, null);
    }

    public static Verdict reject(String reason) {
        return new Verdict(false, reason);
    }
}
