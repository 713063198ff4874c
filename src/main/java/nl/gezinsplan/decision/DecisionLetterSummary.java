package nl.gezinsplan.decision;

import java.time.LocalDate;
import nl.gezinsplan.base.Law;

/**
 * A decision letter as a list shows it, without its content: the date it bears, what it decides and for whom.
 *
 * @param personId the member the request was for
 */
public record DecisionLetterSummary(long id, long requestId, DecisionKind kind, Law law, long personId,
                                    String personName, LocalDate date) {

    public String fileName() {
        return DecisionLetterFile.fileName(requestId, kind);
    }
}
