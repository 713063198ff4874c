package nl.gezinsplan.decision;

import java.util.Optional;
import nl.gezinsplan.casework.RequestStatus;

/**
 * What a decision letter announces: the request is granted, or refused; or, in a crisis, care is granted provisionally
 * until the final decision (voorlopige voorziening).
 */
public enum DecisionKind {
    GRANTED,
    REFUSED,
    PROVISIONAL;

    /** The letter a closed request gets; none when it was solved at triage or withdrawn, which decides nothing. */
    static Optional<DecisionKind> of(RequestStatus outcome) {
        return switch (outcome) {
            case GRANTED -> Optional.of(GRANTED);
            case REFUSED -> Optional.of(REFUSED);
            default -> Optional.empty();
        };
    }
}
