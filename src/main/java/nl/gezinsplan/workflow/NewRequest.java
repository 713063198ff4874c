package nl.gezinsplan.workflow;

import java.time.LocalDate;
import nl.gezinsplan.base.Law;

/** A request for help as it enters the route; {@code extension} when it asks to extend a running provision. */
public record NewRequest(long familyId, long personId, Law law, Referrer referrer, Urgency urgency,
                         LocalDate requestedOn, boolean extension) {
}
