package nl.gezinsplan.casework.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Amounts and dates as the municipality writes them, in the reader's language. */
public final class Formats {

    private Formats() {
    }

    /** Euros with cents; always with the Dutch currency symbol, also in English ("€14,976.00"). */
    public static String euros(BigDecimal amount, Locale locale) {
        return NumberFormat.getCurrencyInstance(new Locale(locale.getLanguage(), "NL")).format(amount);
    }

    public static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }
}
