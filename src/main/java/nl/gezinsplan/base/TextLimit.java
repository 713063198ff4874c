package nl.gezinsplan.base;

/**
 * The most characters a text field takes: the length of its column {@code table.column}, so the database never
 * refuses what the service let through ({@code InputLimitsTest} compares every limit with the schema). The label key
 * names the field in the refusal.
 */
public record TextLimit(String table, String column, int maxLength, String labelKey) {
}
