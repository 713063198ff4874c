package nl.gezinsplan.decision;

import java.sql.Timestamp;
import java.time.Clock;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.casework.CaseFacts;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The motivation of a decision letter: the consultant writes it, starting from a draft made from the case, looks at
 * the letter before it goes, and issues the decision with it. Once the letter is sent the motivation is fixed, like
 * the letter. Every step checks the caller's right to the family and is audited.
 */
@Service
@Transactional
public class Motivations {

    private final Decisions decisions;
    private final DecisionLetterWriter writer;
    private final DecisionLetterRepository letters;
    private final CaseFacts cases;
    private final FamilyAccess access;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    Motivations(Decisions decisions, DecisionLetterWriter writer, DecisionLetterRepository letters, CaseFacts cases,
                FamilyAccess access, CurrentUser currentUser, JdbcClient jdbc, Clock clock) {
        this.decisions = decisions;
        this.writer = writer;
        this.letters = letters;
        this.cases = cases;
        this.access = access;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * What the consultant starts from: the motivation written earlier for this request, else the draft made from the
     * case (the ladder, what triage found, the "nee, tenzij" check).
     */
    public String draft(long requestId) {
        Request request = request(requestId);
        access.requireRead(request.getFamilyId(), "audit.decision.motivation.read", reference(requestId));
        String written = decisions.motivation(requestId);
        return written != null ? written : writer.draft(decisions.today(requestId));
    }

    /** Whether the request is to be granted or refused: the letter the consultant writes the motivation of. */
    public DecisionKind kind(long requestId) {
        return Decisions.kindOf(request(requestId));
    }

    /**
     * The letter as it will go when the request is decided today with {@code motivation}, a grant or a refusal (see
     * {@link #kind}); nothing is stored.
     */
    public byte[] preview(long requestId, String motivation) {
        Request request = request(requestId);
        Input.requiredText(motivation, DecisionLimits.MOTIVATION, "decision.motivation.required");
        access.requireRead(request.getFamilyId(), "audit.decision.letter.previewed", reference(requestId));
        return writer.write(decisions.today(requestId).withMotivation(motivation), currentUser.get());
    }

    /**
     * Keeps the motivation for the request's letter, replacing one written before; refused once the letter is sent.
     * The route calls this when the decision is issued, in the same transaction.
     */
    public void record(long requestId, String motivation) {
        Request request = request(requestId);
        Input.requiredText(motivation, DecisionLimits.MOTIVATION, "decision.motivation.required");
        if (!request.isOpen() || letters.existsByRequestId(requestId)) {
            throw new InvalidInput("decision.motivation.fixed");
        }
        access.requireChange(request.getFamilyId(), AuditAction.UPDATE, "audit.decision.motivation.written",
                reference(requestId));
        jdbc.sql("""
                        insert into decision_motivation (request_id, text, written_by, written_at)
                        values (:requestId, :text, :writtenBy, :writtenAt)
                        on conflict (request_id) do update
                        set text = excluded.text, written_by = excluded.written_by, written_at = excluded.written_at""")
                .param("requestId", requestId)
                .param("text", motivation.strip())
                .param("writtenBy", currentUser.username().orElse(CurrentUser.SYSTEM))
                .param("writtenAt", Timestamp.from(clock.instant()))
                .update();
    }

    private Request request(long requestId) {
        return cases.request(requestId).orElseThrow(() -> new InvalidInput("decision.request.unknown"));
    }

    private static String reference(long requestId) {
        return DecisionLetterFile.fileName(requestId);
    }
}
