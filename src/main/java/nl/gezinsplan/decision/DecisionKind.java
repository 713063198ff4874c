package nl.gezinsplan.decision;

import java.util.Optional;
import nl.gezinsplan.casework.RequestStatus;

/**
 * What a decision letter announces: the request is granted, or refused; in a crisis, care granted provisionally until
 * the final decision (voorlopige voorziening); or, for a right to income support, a measure (maatregel), or that a
 * re-examination changed or ended the right.
 */
public enum DecisionKind {
    GRANTED,
    REFUSED,
    PROVISIONAL,
    MEASURE,
    RIGHT_CHANGED,
    RIGHT_ENDED;

    /** The letter a closed request gets; none when it was solved at triage or withdrawn, which decides nothing. */
    static Optional<DecisionKind> of(RequestStatus outcome) {
        return switch (outcome) {
            case GRANTED -> Optional.of(GRANTED);
            case REFUSED -> Optional.of(REFUSED);
            default -> Optional.empty();
        };
    }
}
