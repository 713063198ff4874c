package nl.gezinsplan.reporting;

import java.math.BigDecimal;

/**
 * The families' answers in the portal whether a provider's care was delivered, for the months of a period: how many
 * months were answered, in how many the family said it was not (fully) delivered, and that share of the answered (a
 * percentage with one decimal). Months nobody answered are not counted.
 */
public record DeliveryCheck(String provider, long answered, long notDelivered, BigDecimal shareNotDelivered) {}
