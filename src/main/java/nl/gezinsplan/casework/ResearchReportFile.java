package nl.gezinsplan.casework;

/** The written research report of a request as it was sent, to download. */
public record ResearchReportFile(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/pdf";

    static String fileName(long requestId) {
        return "onderzoeksverslag-" + requestId + ".pdf";
    }
}
