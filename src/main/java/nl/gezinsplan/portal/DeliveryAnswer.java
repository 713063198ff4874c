package nl.gezinsplan.portal;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A member's answer whether a provision's care was delivered in a month.
 *
 * @param remark     the member's words; always there when the care was not (fully) delivered
 * @param personId   the member who answered
 * @param answeredBy the full name of the member who answered
 * @param followUp   how staff followed up a report that the care was not delivered; null until they did
 */
public record DeliveryAnswer(YearMonth month, boolean delivered, String remark, long personId,
                             String answeredBy, Instant answeredAt, FollowUp followUp) {
}
