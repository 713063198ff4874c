package nl.gezinsplan.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.family.FamilyAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following up a family's report that care was not delivered (opvolgen): a consultant with access to the family says
 * what they did about it in a short note ("Opgevolgd"), once; the report then shows it. A report nobody followed up
 * within {@code gezinsplan.notifications.delivery-follow-up-within} goes to the managers of the family's teams.
 */
@Service
@Transactional
public class CareFollowUps {

    private final JdbcClient jdbc;
    private final FamilyAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final LiveUpdates live;

    CareFollowUps(JdbcClient jdbc, FamilyAccess access, CurrentUser currentUser, Clock clock, LiveUpdates live) {
        this.jdbc = jdbc;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.live = live;
    }

    /** A report waiting for a follow-up: care of {@code provisionId} not delivered in {@code month}. */
    public record WaitingReport(long familyId, long provisionId, YearMonth month, Instant reportedAt) {
    }

    /** Whether the caller may follow up the family's reports: for a screen's action. */
    @Transactional(readOnly = true)
    public boolean mayFollowUp(long familyId) {
        return access.mayChange(familyId);
    }

    /**
     * The consultant records how they followed up the family's report that the provision's care was not delivered
     * in {@code month}: only such a report, and only once. Checked against the right to change the family file and
     * audited.
     */
    public void followUp(long provisionId, YearMonth month, String note) {
        Long familyId = month == null ? null : jdbc.sql("""
                        select family_id from care_delivery
                        where provision_id = :provisionId and month = :month and not delivered""")
                .param("provisionId", provisionId)
                .param("month", month.atDay(1))
                .query(Long.class)
                .optional()
                .orElse(null);
        if (familyId == null) {
            throw new AccessDeniedException("No report that care of " + provisionId + " was not delivered in " + month);
        }
        access.requireChange(familyId, AuditAction.UPDATE, "audit.portal.care.followed-up", String.valueOf(month));
        String words = note == null ? "" : note.strip();
        if (words.isEmpty()) {
            throw new InvalidInput("portal.care.follow-up.note.required");
        }
        Input.text(words, PortalLimits.FOLLOW_UP_NOTE);
        int recorded = jdbc.sql("""
                        update care_delivery set followed_up_by = :by, followed_up_at = :now, follow_up_note = :note
                        where provision_id = :provisionId and month = :month and followed_up_at is null""")
                .param("by", currentUser.require().username())
                .param("now", Timestamp.from(clock.instant()))
                .param("note", words)
                .param("provisionId", provisionId)
                .param("month", month.atDay(1))
                .update();
        if (recorded == 0) {
            throw new InvalidInput("portal.care.follow-up.already");
        }
        live.changed(LiveUpdates.family(familyId));
    }

    /**
     * The reports that care was not delivered, made from {@code from} up to {@code before} and not followed up, oldest
     * first; for the scheduled scan that tells the managers, which reads no content and so has no caller to check.
     */
    @Transactional(readOnly = true)
    public List<WaitingReport> waiting(Instant from, Instant before) {
        return jdbc.sql("""
                        select family_id, provision_id, month, answered_at from care_delivery
                        where not delivered and followed_up_at is null
                          and answered_at >= :from and answered_at < :before
                        order by answered_at, id""")
                .param("from", Timestamp.from(from))
                .param("before", Timestamp.from(before))
                .query((rs, row) -> new WaitingReport(rs.getLong("family_id"), rs.getLong("provision_id"),
                        YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getTimestamp("answered_at").toInstant()))
                .list();
    }
}
