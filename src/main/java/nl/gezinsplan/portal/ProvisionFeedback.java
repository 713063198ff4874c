package nl.gezinsplan.portal;

import java.time.YearMonth;
import java.util.List;
import nl.gezinsplan.casework.ProvisionLine;

/**
 * What the family said about one provision, and what it is still asked.
 *
 * @param monthsToConfirm the months of the care that have begun and have no answer yet, oldest first
 * @param ratingMoments   the moments the provision has reached at which the family is asked to rate it
 * @param deliveries      the answers per month, oldest first
 * @param ratings         the ratings, in the order they were given
 */
public record ProvisionFeedback(ProvisionLine provision, List<YearMonth> monthsToConfirm,
                                List<RatingMoment> ratingMoments, List<DeliveryAnswer> deliveries,
                                List<CareRating> ratings) {

    /** The moments reached that the member has not rated yet: each is asked once per member. */
    public List<RatingMoment> ratingsAskedOf(long personId) {
        return ratingMoments.stream()
                .filter(moment -> ratings.stream().noneMatch(rating -> rating.moment() == moment
                        && rating.personId() == personId))
                .toList();
    }
}
