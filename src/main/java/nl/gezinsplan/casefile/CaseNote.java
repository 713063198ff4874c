package nl.gezinsplan.casefile;

import java.time.Duration;
import java.time.Instant;
import nl.gezinsplan.base.InvalidInput;

/**
 * A note (notitie) in a family's case file, on the family or on one of its requests. Its author may correct it for
 * {@link #CORRECTABLE_FOR} after writing it; after that it is fixed, so what the file said then stays what it says.
 *
 * @param requestId        the request it is about; null for a note on the family
 * @param personId         the member the request is for; null for a note on the family
 * @param author           the author's login
 * @param authorName       the author's full name
 * @param sharedWithFamily whether the family may read it in the portal
 * @param correctedAt      when the author last corrected it; null when never
 */
public record CaseNote(long id, long familyId, Long requestId, Long personId, String author, String authorName,
                       String text, boolean sharedWithFamily, Instant writtenAt, Instant correctedAt) {

    public static final Duration CORRECTABLE_FOR = Duration.ofHours(24);

    /** Whether {@code username} may still correct the note at {@code now}: its author, within 24 hours. */
    public boolean correctableBy(String username, Instant now) {
        return author.equalsIgnoreCase(username) && !isFixedAt(now);
    }

    /** Refuses a correction by anyone but the author, and any correction once the note is fixed. */
    void requireCorrectableBy(String username, Instant now) {
        if (!author.equalsIgnoreCase(username)) {
            throw new InvalidInput("casefile.note.not-author");
        }
        if (isFixedAt(now)) {
            throw new InvalidInput("casefile.note.fixed");
        }
    }

    private boolean isFixedAt(Instant now) {
        return !now.isBefore(writtenAt.plus(CORRECTABLE_FOR));
    }
}
