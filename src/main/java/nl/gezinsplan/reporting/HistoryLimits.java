package nl.gezinsplan.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the columns of {@code allocation_history} (migration V8) hold, by import column: the one place the import's
 * checks take their limits from, so that no line reaches the database unchecked. {@code HistoryLimitsTest} compares
 * them with the schema.
 */
final class HistoryLimits {

    /** The longest value of each text column, in characters. */
    static final Map<String, Integer> LENGTHS = Map.of("client", 32, "law", 20, "category", 10, "product_code", 10,
            "provider", 200, "referrer", 64, "district", 100);

    /** The digits of each number column, as its {@code numeric(precision, scale)}. */
    static final Map<String, Digits> NUMBERS = Map.of("volume", new Digits(12, 2), "tariff", new Digits(12, 2),
            "amount", new Digits(14, 2));

    /** The worked-out cost per day: {@code numeric(14, 4)}. */
    static final Digits COST_PER_DAY = new Digits(14, 4);

    /** Dates of a history outside these years are typing errors; the ISO format would accept year 999999999. */
    static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    /**
     * Values quoted in a reason are cut to this length, so a reason stays a line whatever the file holds; it leaves
     * room for the list of allowed units.
     */
    static final int QUOTED_LENGTH = 64;

    private HistoryLimits() {
    }

    /** The table's column for an import column: they are named alike but for the category. */
    static String tableColumn(String importColumn) {
        return importColumn.equals("category") ? "category_code" : importColumn;
    }

    /** A {@code numeric(precision, scale)}: {@code precision - scale} digits before the decimal point. */
    record Digits(int precision, int scale) {

        int wholeDigits() {
            return precision - scale;
        }

        BigDecimal largest() {
            return BigDecimal.TEN.pow(wholeDigits()).subtract(BigDecimal.ONE.movePointLeft(scale));
        }
    }
}
