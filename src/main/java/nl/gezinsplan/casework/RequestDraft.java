package nl.gezinsplan.casework;

import java.time.LocalDate;
import nl.gezinsplan.base.Law;

/** A request as the consultant takes it in; the service checks it. */
public record RequestDraft(Long personId, Law law, Referrer referrer, Urgency urgency, LocalDate requestedOn,
                           String description) {
}
