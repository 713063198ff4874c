package nl.gezinsplan.casework;

import java.time.LocalDate;
import nl.gezinsplan.base.Law;

/** The letter that told the family a request's term was extended (verdaging), as listed, without its content. */
public record ExtensionLetter(long requestId, long personId, Law law, LocalDate extendedTo, LocalDate sentOn) {

    public static final String CONTENT_TYPE = "application/pdf";

    public static String fileName(long requestId) {
        return "verdaging-" + requestId + ".pdf";
    }
}
