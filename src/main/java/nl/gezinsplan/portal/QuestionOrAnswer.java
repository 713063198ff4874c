package nl.gezinsplan.portal;

import java.time.Instant;

/**
 * A question (or remark) a family member sent the municipality, or a consultant's answer to it.
 *
 * @param fromFamily whether the member wrote it; otherwise a consultant answered
 * @param authorName the member's or the consultant's name
 * @param readAt     when the other side saw it: the member read the answer, or a consultant answered the question
 */
public record QuestionOrAnswer(long id, long personId, boolean fromFamily, String authorName, String text,
                            Instant sentAt, Instant readAt) {

    /** A question or remark of the family that no consultant has answered yet. */
    public boolean waitingForAnswer() {
        return fromFamily && readAt == null;
    }
}
