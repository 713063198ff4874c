package nl.gezinsplan.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reports of the meetings held with a family, checked at the door and kept as case data. */
@Service
@Transactional
public class Meetings {

    private final JdbcClient jdbc;
    private final FamilyAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    Meetings(JdbcClient jdbc, FamilyAccess access, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records a meeting about a provision; {@code outcome} is its coded outcome, if the kind has one. */
    public void recordProvisionMeeting(long familyId, long personId, long provisionId, MeetingKind kind,
                                       MeetingReport report, String outcome, String exitGoal, String exitCriteria) {
        insert(familyId, personId, provisionId, kind, report, outcome, exitGoal, exitCriteria,
                new PerspectiveOutcome(null, null, null, null, null, false, null, null));
    }

    public void recordPerspectiveTalk(long familyId, long personId, MeetingReport report, PerspectiveOutcome talk) {
        insert(familyId, personId, null, MeetingKind.PERSPECTIVE, report, null, null, null, talk);
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

    private void insert(long familyId, long personId, Long provisionId, MeetingKind kind, MeetingReport report,
                        String outcome, String exitGoal, String exitCriteria, PerspectiveOutcome talk) {
        validate(report);
        Input.text(outcome, MeetingLimits.OUTCOME);
        Input.text(exitGoal, MeetingLimits.EXIT_GOAL);
        Input.text(exitCriteria, MeetingLimits.EXIT_CRITERIA);
        validate(talk);
        access.requireChange(familyId, AuditAction.CREATE, "audit.meeting.recorded", kind.name());
        jdbc.sql("""
                        insert into meeting (family_id, person_id, provision_id, kind, held_on, attendees, notes,
                                             outcome, exit_goal, exit_criteria, housing, income, school_or_work,
                                             wmo_support, network, extended_youth_care, extended_care_conditions,
                                             extended_care_end, recorded_by, recorded_at)
                        values (:familyId, :personId, :provisionId, :kind, :heldOn, :attendees, :notes, :outcome,
                                :exitGoal, :exitCriteria, :housing, :income, :schoolOrWork, :wmoSupport, :network,
                                :extendedYouthCare, :conditions, :extendedCareEnd, :recordedBy, :recordedAt)""")
                .param("familyId", familyId)
                .param("personId", personId)
                .param("provisionId", provisionId)
                .param("kind", kind.name())
                .param("heldOn", report.heldOn())
                .param("attendees", report.attendees())
                .param("notes", report.notes())
                .param("outcome", outcome)
                .param("exitGoal", exitGoal)
                .param("exitCriteria", exitCriteria)
                .param("housing", talk.housing())
                .param("income", talk.income())
                .param("schoolOrWork", talk.schoolOrWork())
                .param("wmoSupport", talk.wmoSupport())
                .param("network", talk.network())
                .param("extendedYouthCare", talk.extendedYouthCare())
                .param("conditions", talk.extendedCareConditions())
                .param("extendedCareEnd", talk.extendedCareEnd())
                .param("recordedBy", currentUser.require().username())
                .param("recordedAt", Timestamp.from(clock.instant()))
                .update();
    }

    private void validate(MeetingReport report) {
        if (report.heldOn() == null) {
            throw new InvalidInput("meeting.held-on.required");
        }
        Input.date(report.heldOn(), MeetingLimits.HELD_ON);
        if (report.heldOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("meeting.held-on.future");
        }
        Input.requiredText(report.attendees(), MeetingLimits.ATTENDEES, "meeting.attendees.required");
        Input.text(report.notes(), MeetingLimits.NOTES);
    }

    private static void validate(PerspectiveOutcome talk) {
        Input.text(talk.housing(), MeetingLimits.HOUSING);
        Input.text(talk.income(), MeetingLimits.INCOME);
        Input.text(talk.schoolOrWork(), MeetingLimits.SCHOOL_OR_WORK);
        Input.text(talk.wmoSupport(), MeetingLimits.WMO_SUPPORT);
        Input.text(talk.network(), MeetingLimits.NETWORK);
        Input.text(talk.extendedCareConditions(), MeetingLimits.EXTENDED_CARE_CONDITIONS);
        Input.date(talk.extendedCareEnd(), MeetingLimits.EXTENDED_CARE_END);
    }

    private static Meeting toMeeting(ResultSet rs) throws SQLException {
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
