package nl.gezinsplan.casework.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import nl.gezinsplan.casework.ProvisionLine;

/** Amounts, dates and providers as the municipality writes them, in the reader's language and its formats. */
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

    /** The provision's provider, and when it was not contracted for the product, that it was not and why. */
    public static String provider(ProvisionLine line, Component reader) {
        return line.offContractReason() == null ? line.providerName() : reader.getTranslation(
                "casework.provisions.provider-off-contract", line.providerName(), line.offContractReason());
    }

    public static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }
}
