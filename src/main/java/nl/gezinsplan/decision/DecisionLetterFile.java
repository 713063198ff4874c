package nl.gezinsplan.decision;

/**
 * A decision letter to download: the PDF as it was sent, under a name that says which request it decides.
 *
 * @param sha256 the SHA-256 of the content kept when the letter was sent, in hex
 */
public record DecisionLetterFile(String fileName, byte[] content, String sha256) {

    public static final String CONTENT_TYPE = "application/pdf";

    static String fileName(long requestId) {
        return "beschikking-" + requestId + ".pdf";
    }

    /** A request's letter by the request's number (a crisis's provisional one by a name of its own); a measure's or a
     * re-examination's by its own number. */
    static String fileName(DecisionKind kind, Long requestId, Long subjectId) {
        return switch (kind) {
            case GRANTED, REFUSED -> fileName(requestId);
            case PROVISIONAL -> "voorlopige-beschikking-" + requestId + ".pdf";
            case MEASURE -> "maatregel-" + subjectId + ".pdf";
            case RIGHT_CHANGED, RIGHT_ENDED -> "heronderzoek-" + subjectId + ".pdf";
        };
    }
}
