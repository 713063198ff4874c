package nl.gezinsplan.portal;

import java.time.Instant;

/**
 * A member's scores (1-10) for a provision at one moment: the effect of the help, the route to it and the provider.
 *
 * @param ratedBy the full name of the member who rated
 */
public record CareRating(RatingMoment moment, long personId, String ratedBy, int effect, int route, int provider,
                         String remark, Instant ratedAt) {
}
