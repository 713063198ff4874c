package nl.gezinsplan.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings of a route, recorded as case data with their rules: the start meeting agrees an exit goal (and for
 * residential care exit criteria), the check meeting gives its verdict on the help, the perspective talk keeps
 * extended youth care within the 21st birthday. Behind the "route" interface, for {@code workflow} alone: the route
 * records a meeting as it completes its task, and its guard asks here whether the meeting was recorded and what it
 * concluded, so no client routes past a meeting by completing the task itself. Screens read {@link Meetings}.
 */
@Service
@Transactional
@NamedInterface("route")
public class MeetingSteps {

    private static final PerspectiveOutcome NO_TALK = new PerspectiveOutcome(null, null, null, null, null, false, null,
            null);

    private final JdbcClient jdbc;
    private final FamilyAccess access;
    private final Families families;
    private final Provisions provisions;
    private final CurrentUser currentUser;
    private final Clock clock;

    MeetingSteps(JdbcClient jdbc, FamilyAccess access, Families families, Provisions provisions,
                 CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.families = families;
        this.provisions = provisions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The start meeting: refused without an exit goal, and for residential care without exit criteria. */
    public void recordStartMeeting(long familyId, long personId, long provisionId, MeetingReport report,
                                   String exitGoal, String exitCriteria) {
        if (isBlank(exitGoal)) {
            throw new InvalidInput("meeting.exit-goal.required");
        }
        if (isBlank(exitCriteria) && provisions.isResidential(provisionId)) {
            throw new InvalidInput("meeting.exit-criteria.required");
        }
        insert(familyId, personId, provisionId, MeetingKind.START, report, null, exitGoal, exitCriteria, NO_TALK);
    }

    /** The check meeting half-way: refused without its verdict on the help. */
    public void recordCheckMeeting(long familyId, long personId, long provisionId, MeetingReport report,
                                   CheckOutcome outcome) {
        if (outcome == null) {
            throw new InvalidInput("meeting.check-outcome.required");
        }
        insert(familyId, personId, provisionId, MeetingKind.CHECK, report, outcome.name(), null, null, NO_TALK);
    }

    /** The evaluation meeting before the end of care, with its conclusion. */
    public void recordEvaluation(long familyId, long personId, long provisionId, MeetingReport report,
                                 EvaluationOutcome outcome) {
        insert(familyId, personId, provisionId, MeetingKind.EVALUATION, report, outcome.name(), null, null, NO_TALK);
    }

    /** The perspective talk: extended youth care needs an end date no later than the youth's 21st birthday. */
    public void recordPerspectiveTalk(long familyId, long personId, MeetingReport report, PerspectiveOutcome talk) {
        talk.requireExtendedCareWithin(families.birthDateOf(familyId, personId));
        insert(familyId, personId, null, MeetingKind.PERSPECTIVE, report, null, null, null, talk);
    }

    /**
     * The meeting of that kind recorded for the provision, the latest if there were more. For the route's guard,
     * which runs as its task is completed; the task's candidates may work on the family, so no audit here.
     */
    @Transactional(readOnly = true)
    public Optional<Meeting> ofProvision(long provisionId, MeetingKind kind) {
        return jdbc.sql("""
                        select * from meeting where provision_id = :provisionId and kind = :kind
                        order by recorded_at desc, id desc limit 1""")
                .param("provisionId", provisionId)
                .param("kind", kind.name())
                .query((rs, row) -> Meetings.toMeeting(rs))
                .optional();
    }

    /** The youth's perspective talk, if recorded; for the route's guard, as {@link #ofProvision}. */
    @Transactional(readOnly = true)
    public Optional<Meeting> perspectiveTalkOf(long personId) {
        return jdbc.sql("""
                        select * from meeting where person_id = :personId and kind = 'PERSPECTIVE'
                        order by recorded_at desc, id desc limit 1""")
                .param("personId", personId)
                .query((rs, row) -> Meetings.toMeeting(rs))
                .optional();
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

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
