package nl.gezinsplan.objection;

import java.time.LocalDate;
import nl.gezinsplan.base.Law;

/**
 * A letter with the decision on an objection as a list shows it, without its content.
 *
 * @param personId the member the objected decision was about
 * @param outcome  what the objection was decided to be: inadmissible, unfounded or well-founded
 */
public record ObjectionLetterSummary(long objectionId, long personId, Law law, ObjectionStatus outcome,
                                     LocalDate date) {
}
