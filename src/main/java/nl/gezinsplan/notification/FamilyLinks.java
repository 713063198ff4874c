package nl.gezinsplan.notification;

import java.time.YearMonth;

/** Where a family's notice opens: the family page ({@code gezinnen/<id>}) on the tab it is about. */
final class FamilyLinks {

    static final String PLAN = "plan";
    static final String QUESTIONS = "vragen";
    static final String DOCUMENTS = "documenten";
    static final String CARE = "terugkoppeling";

    private FamilyLinks() {
    }

    static String of(long familyId, String tab) {
        return "gezinnen/" + familyId + "?tab=" + tab;
    }

    /** One report that a provision's care was not delivered in a month: told once to each who must hear it. */
    static String careReport(long provisionId, YearMonth month) {
        return "care-" + provisionId + "-" + month;
    }
}
