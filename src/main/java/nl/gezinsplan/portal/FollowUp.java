package nl.gezinsplan.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * How a consultant followed up a family's report that care was not delivered (opgevolgd): who, when and a short note
 * on what they did.
 *
 * @param by who followed it up: the login in the database, the full name in a {@link DeliveryAnswer}
 */
public record FollowUp(String by, Instant at, String note) {

    /** The follow-up in a row of {@code care_delivery}, or null when there is none. */
    static FollowUp of(ResultSet rs) throws SQLException {
        var at = rs.getTimestamp("followed_up_at");
        return at == null ? null
                : new FollowUp(rs.getString("followed_up_by"), at.toInstant(), rs.getString("follow_up_note"));
    }
}
