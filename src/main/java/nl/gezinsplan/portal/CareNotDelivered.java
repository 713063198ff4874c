package nl.gezinsplan.portal;

import java.time.YearMonth;

/**
 * A family member reported in the portal that a provision's care was not (fully) delivered in {@code month}
 * ({@link CareFeedback#answerDelivery}).
 */
public record CareNotDelivered(long familyId, long provisionId, YearMonth month) {
}
