package nl.gezinsplan.plan;

/** A version of the family plan to download as PDF, under a name that says which version it is. */
public record PlanFile(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/pdf";

    static String fileName(int number) {
        return "gezinsplan-versie-" + number + ".pdf";
    }
}
