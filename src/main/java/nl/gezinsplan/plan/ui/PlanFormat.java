package nl.gezinsplan.plan.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.gezinsplan.base.ClockConfiguration;

/** Dates as the plan screens show them, in the reader's language. */
final class PlanFormat {

    private PlanFormat() {
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    static String dateTime(Instant moment, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ClockConfiguration.MUNICIPALITY_ZONE).format(moment);
    }
}
