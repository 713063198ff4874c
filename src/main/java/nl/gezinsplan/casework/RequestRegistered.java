package nl.gezinsplan.casework;

import java.time.LocalDate;
import nl.gezinsplan.base.Law;

/** Published when a request is registered, in its transaction, so its route starts with it or not at all. */
public record RequestRegistered(long requestId, long familyId, long personId, Law law, Referrer referrer,
                                Urgency urgency, LocalDate requestedOn, boolean extension) {
}
