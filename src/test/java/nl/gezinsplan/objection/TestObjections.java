package nl.gezinsplan.objection;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.decision.DecisionLetterSummary;
import nl.gezinsplan.decision.TestLetters;
import org.springframework.stereotype.Component;

/**
 * Objections for tests: a youth care request refused at the "nee, tenzij" check by anna (who stays signed in), with its
 * letter, and an objection against it received today.
 */
@Component
public class TestObjections {

    public static final String GROUNDS = "Kim heeft de begeleiding echt nodig om naar school te blijven gaan.";

    private final TestLetters letters;
    private final Objections objections;

    TestObjections(TestLetters letters, Objections objections) {
        this.letters = letters;
        this.objections = objections;
    }

    /** A refused request of a family and the letter that refused it. */
    public record Refusal(long familyId, Request request, DecisionLetterSummary letter) {
    }

    public Refusal refusal() {
        Request request = letters.refused(List.of(RefusalReason.NETWORK_SUFFICES), "Oma kan twee middagen helpen");
        return new Refusal(request.getFamilyId(), request, objections.decisionsOf(request.getFamilyId()).get(0));
    }

    /** An objection received today against a new refusal: its route waits at admissibility. */
    public Objection registered() {
        return against(refusal(), LocalDate.now());
    }

    public Objection against(Refusal refusal, LocalDate receivedOn) {
        return objections.register(new ObjectionDraft(refusal.familyId(), refusal.letter().id(), receivedOn, GROUNDS,
                null, Set.of()));
    }
}
