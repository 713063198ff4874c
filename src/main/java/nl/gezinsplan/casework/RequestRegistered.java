package nl.gezinsplan.casework;

import java.time.LocalDate;
import nl.gezinsplan.base.Law;

/** Published when a request is registered; its route starts once the registration has committed. */
public record RequestRegistered(long requestId, long familyId, long personId, Law law, Referrer referrer,
                                Urgency urgency, LocalDate requestedOn, boolean extension) {
}
