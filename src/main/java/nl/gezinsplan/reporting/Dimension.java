package nl.gezinsplan.reporting;

import java.util.Locale;

/** What a breakdown of the youth provisions groups by. */
public enum Dimension {
    LAW,
    CATEGORY,
    PROVIDER,
    REFERRER,
    DISTRICT;

    /** "reporting.dimension.law" and so on. */
    public String messageKey() {
        return "reporting.dimension." + name().toLowerCase(Locale.ROOT);
    }
}
