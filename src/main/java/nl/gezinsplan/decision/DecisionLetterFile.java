package nl.gezinsplan.decision;

/** A decision letter to download: the PDF as it was sent, under a name that says which request it decides. */
public record DecisionLetterFile(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/pdf";

    static String fileName(long requestId) {
        return "beschikking-" + requestId + ".pdf";
    }
}
