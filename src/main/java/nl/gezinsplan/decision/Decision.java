package nl.gezinsplan.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Frequency;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.casework.TriageReason;
import nl.gezinsplan.casework.Unit;

/**
 * What a decision letter says: on whose request, for whom, under which law, and what was granted or, for a refusal,
 * what was asked, why it is refused and what is offered instead.
 *
 * @param addressees who the letter is written to: the parents of a child, otherwise the person concerned
 * @param address    the family's address, one line each
 * @param provisions    granted, or for a refusal the ones that were asked for
 * @param triageReasons what triage found behind the question, for the draft of the motivation
 * @param neeTenzij     the outcome of the "nee, tenzij" check, the panel's when it decided; null outside youth care
 * @param atPanel       whether the panel of "nee, tenzij" decided the case
 * @param motivation    the motivation as the consultant wrote it, for a grant or a refusal; null when nobody did (a
 *                      task completed outside our screens), and the letter then carries the draft made from the case
 */
record Decision(long requestId, DecisionKind kind, Law law, LocalDate requestedOn, LocalDate decidedOn,
                String personName, LocalDate personBirthDate, List<String> addressees, List<String> address,
                List<DecidedProvision> provisions, Set<TriageReason> triageReasons, NeeTenzijOutcome neeTenzij,
                boolean atPanel, List<RefusalReason> refusalReasons, String alternatives, String motivation) {

    Decision withMotivation(String text) {
        return new Decision(requestId, kind, law, requestedOn, decidedOn, personName, personBirthDate, addressees,
                address, provisions, triageReasons, neeTenzij, atPanel, refusalReasons, alternatives, text);
    }

    record DecidedProvision(String productCode, String productName, String categoryCode, Unit unit,
                            String providerName, BigDecimal volume, Frequency frequency, LocalDate start,
                            LocalDate end) {
    }
}
