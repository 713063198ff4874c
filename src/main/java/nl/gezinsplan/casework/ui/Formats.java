package nl.gezinsplan.casework.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Amounts and dates as the municipality writes them, in the reader's language and its formats. */
public final class Formats {

    private static final Currency EURO = Currency.getInstance("EUR");

    private Formats() {
    }

    /**
     * Euros with cents in the reader's number format, always with the euro sign: "€ 14.976,00" in Dutch, "€14,976.00"
     * in English, like the dates beside them.
     */
    public static String euros(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(EURO);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    public static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }
}
