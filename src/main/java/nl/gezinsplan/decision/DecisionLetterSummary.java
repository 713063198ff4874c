package nl.gezinsplan.decision;

import java.time.LocalDate;
import nl.gezinsplan.base.Law;

/**
 * A decision letter as a list shows it, without its content: the date it bears, what it decides and for whom.
 *
 * @param requestId the request it decides, or that granted the right it is about; null when unknown
 * @param personId  the member the request or the right is for
 * @param fileName  the name of its PDF, which says what it decides
 */
public record DecisionLetterSummary(long id, Long requestId, DecisionKind kind, Law law, long personId,
                                    String personName, LocalDate date, String fileName) {
}
