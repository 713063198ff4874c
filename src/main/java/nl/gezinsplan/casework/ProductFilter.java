package nl.gezinsplan.casework;

import nl.gezinsplan.base.Law;

/** Which products of the catalogue to list: of one law (or all: null), only active ones or all, matching a text. */
public record ProductFilter(Law law, boolean activeOnly, String text) {

    public static final ProductFilter ALL = new ProductFilter(null, false, "");

    /** The products a consultant may allocate under {@code law}, whose code or name contains {@code text}. */
    public static ProductFilter allocatable(Law law, String text) {
        return new ProductFilter(law, true, text);
    }
}
