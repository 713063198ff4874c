package nl.gezinsplan.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Frequency;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.casework.Unit;

/**
 * What a decision letter says: on whose request, for whom, under which law, and what was granted or, for a refusal,
 * what was asked, why it is refused and what is offered instead.
 *
 * @param addressees who the letter is written to: the parents of a child, otherwise the person concerned
 * @param address    the family's address, one line each
 * @param provisions granted, or for a refusal the ones that were asked for
 */
record Decision(long requestId, DecisionKind kind, Law law, LocalDate requestedOn, LocalDate decidedOn,
                String personName, LocalDate personBirthDate, List<String> addressees, List<String> address,
                List<DecidedProvision> provisions, List<RefusalReason> refusalReasons, String alternatives) {

    record DecidedProvision(String productCode, String productName, String categoryCode, Unit unit,
                            String providerName, BigDecimal volume, Frequency frequency, LocalDate start,
                            LocalDate end) {
    }
}
