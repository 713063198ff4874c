package nl.gezinsplan.objection;

import java.time.LocalDate;
import java.util.Set;

/**
 * An objection as the consultant registers it: against which decision letter of the family, received when, on which
 * grounds, why it is late (only when it is), and the documents of the request's case file that belong to it.
 */
public record ObjectionDraft(long familyId, long letterId, LocalDate receivedOn, String grounds, String lateReason,
                             Set<Long> documentIds) {
}
