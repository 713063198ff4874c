package nl.gezinsplan.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.gezinsplan.base.InvalidInput;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A suspension of a request's term (opschorting, Awb 4:15): the municipality waits for the family to give what it
 * asked, until a date. Started by {@link Request#suspend}; the days from its start up to its end do not count for the
 * term. The days a request was closed before it was reopened are such a period too ({@link #closedPeriod}), without a
 * reason or a question.
 */
@Table("term_suspension")
public class TermSuspension {

    @Id
    private Long id;
    private Long requestId;
    private String reason;
    private String asked;
    private LocalDate untilDate;
    private LocalDate startedOn;
    private String startedBy;
    private Instant startedAt;
    private LocalDate endedOn;
    private String endedBy;
    private Instant endedAt;
    private SuspensionEnd endedHow;

    TermSuspension() {
    }

    TermSuspension(long requestId, String reason, String asked, LocalDate untilDate, LocalDate startedOn,
                   String startedBy, Instant startedAt) {
        this.requestId = requestId;
        this.reason = reason;
        this.asked = asked;
        this.untilDate = untilDate;
        this.startedOn = startedOn;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    /**
     * The request was closed (withdrawn or closed without decision) on {@code closedOn} by {@code closedBy} and
     * reopened on {@code reopenedOn} by {@code reopenedBy} ({@link Request#reopen}): its term stood still in between.
     */
    static TermSuspension closedPeriod(long requestId, LocalDate closedOn, String closedBy, Instant closedAt,
                                       LocalDate reopenedOn, String reopenedBy, Instant reopenedAt) {
        TermSuspension closed = new TermSuspension(requestId, null, null, reopenedOn, closedOn, closedBy, closedAt);
        closed.end(SuspensionEnd.REOPENED, reopenedOn, reopenedBy, reopenedAt);
        return closed;
    }

    /** The term runs again from {@code on}; a suspension ends once. */
    void end(SuspensionEnd how, LocalDate on, String by, Instant at) {
        if (endedHow != null) {
            throw new InvalidInput("casework.suspension.not-running");
        }
        endedHow = how;
        endedOn = on.isBefore(startedOn) ? startedOn : on;
        endedBy = by;
        endedAt = at;
    }

    /** Whether this is the period the request was closed before its reopening, not a suspension asked of the family. */
    public boolean isClosedPeriod() {
        return endedHow == SuspensionEnd.REOPENED;
    }

    public boolean isRunning() {
        return endedHow == null;
    }

    /** The days the term stood still: from the start up to the end (0 when resumed the same day). */
    public int suspendedDays() {
        return endedOn == null ? 0 : (int) ChronoUnit.DAYS.between(startedOn, endedOn);
    }

    /** The days of this suspension that fall on or after {@code from}, the start of a term. */
    int suspendedDaysSince(LocalDate from) {
        if (endedOn == null || !endedOn.isAfter(from)) {
            return 0;
        }
        return (int) ChronoUnit.DAYS.between(startedOn.isAfter(from) ? startedOn : from, endedOn);
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getReason() {
        return reason;
    }

    public String getAsked() {
        return asked;
    }

    public LocalDate getUntilDate() {
        return untilDate;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public SuspensionEnd getEndedHow() {
        return endedHow;
    }
}
