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

    /** The provisional decision of a crisis has a name of its own beside the request's final decision. */
    static String fileName(long requestId, DecisionKind kind) {
        return kind == DecisionKind.PROVISIONAL ? "voorlopige-beschikking-" + requestId + ".pdf" : fileName(requestId);
    }
}
