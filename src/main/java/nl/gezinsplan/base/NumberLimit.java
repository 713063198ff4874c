package nl.gezinsplan.base;

/**
 * The digits a number field takes: the precision and scale of its {@code numeric} column {@code table.column}
 * ({@code InputLimitsTest} compares every limit with the schema). The label key names the field in the refusal.
 */
public record NumberLimit(String table, String column, int precision, int scale, String labelKey) {

    /** The most digits before the decimal separator. */
    public int integerDigits() {
        return precision - scale;
    }
}
