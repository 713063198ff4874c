package nl.gezinsplan.objection;

import java.time.LocalDate;
import nl.gezinsplan.base.Law;

/** An objection was registered: its route starts. */
public record ObjectionRegistered(long objectionId, long familyId, long personId, long requestId, Law law,
                                  LocalDate decisionDue) {
}
