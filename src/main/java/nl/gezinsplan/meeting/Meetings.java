package nl.gezinsplan.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gezinsplan.family.FamilyAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports of the meetings held with a family, as screens read them. The route records them through
 * {@link MeetingSteps}.
 */
@Service
@Transactional
public class Meetings {

    private final JdbcClient jdbc;
    private final FamilyAccess access;

    Meetings(JdbcClient jdbc, FamilyAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Every meeting held with the family, newest first. */
    public List<Meeting> ofFamily(long familyId) {
        access.requireReadByStaffOrMember(familyId, "audit.meetings.read", null);
        return jdbc.sql("select * from meeting where family_id = :familyId order by held_on desc, id desc")
                .param("familyId", familyId)
                .query((rs, row) -> toMeeting(rs))
                .list();
    }

    /**
     * Which meetings were held about each provision of the family: provision id to the kinds held. Without the
     * reports, and so without an access check or audit: the caller has checked the reader's right to the family (the
     * family is asked whether a meeting was held; it does not read the report).
     */
    @Transactional(readOnly = true)
    public Map<Long, Set<MeetingKind>> heldPerProvision(long familyId) {
        Map<Long, Set<MeetingKind>> held = new HashMap<>();
        jdbc.sql("""
                        select distinct provision_id, kind from meeting
                        where family_id = :familyId and provision_id is not null""")
                .param("familyId", familyId)
                .query(rs -> {
                    held.computeIfAbsent(rs.getLong("provision_id"), id -> EnumSet.noneOf(MeetingKind.class))
                            .add(MeetingKind.valueOf(rs.getString("kind")));
                });
        return held;
    }

    static Meeting toMeeting(ResultSet rs) throws SQLException {
        PerspectiveOutcome talk = new PerspectiveOutcome(rs.getString("housing"), rs.getString("income"),
                rs.getString("school_or_work"), rs.getString("wmo_support"), rs.getString("network"),
                rs.getBoolean("extended_youth_care"), rs.getString("extended_care_conditions"),
                rs.getObject("extended_care_end", LocalDate.class));
        return new Meeting(rs.getLong("id"), rs.getLong("family_id"), rs.getLong("person_id"),
                rs.getObject("provision_id", Long.class), MeetingKind.valueOf(rs.getString("kind")),
                rs.getObject("held_on", LocalDate.class), rs.getString("attendees"), rs.getString("notes"),
                rs.getString("outcome"), rs.getString("exit_goal"), rs.getString("exit_criteria"), talk,
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
