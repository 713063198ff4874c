package nl.gezinsplan.casework;

/** How a product is delivered: in kind by a provider the municipality pays (zorg in natura), or as a personal budget. */
public enum Financing {
    IN_KIND,
    PERSONAL_BUDGET
}
