package nl.gezinsplan.decision;

import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.benefit.Obligation;

/**
 * What the letter of a decision on a right to income support says: a measure, or a re-examination that changed or
 * ended the right. Always Participatiewet.
 *
 * @param subjectId  the measure or re-examination it announces
 * @param requestId  the request that granted the right; null when unknown
 * @param right      the right's product ("Bijstandsuitkering alleenstaande")
 * @param obligation for a measure: the obligation violated; else null
 * @param startsOn   for a measure: its first day; else null
 * @param endsOn     for a measure its last day; for a right that ends, the right's last day; else null
 * @param text       the measure's motivation, or the re-examination's findings
 */
record RightDecision(DecisionKind kind, long subjectId, Long requestId, long familyId, long personId,
                     String personName, LocalDate personBirthDate, List<String> address, LocalDate decidedOn,
                     String right, Obligation obligation, int percentage, int months, LocalDate startsOn,
                     LocalDate endsOn, String text) {
}
