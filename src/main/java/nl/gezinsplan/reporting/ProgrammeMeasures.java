package nl.gezinsplan.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.security.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's fourteen measures and how each is going, beside the monitor's indicators: managers (the policy
 * staff of the programme) keep them; managers and administrators read them. A change starts from the version the
 * manager saw: one saved by a colleague meanwhile is not overwritten.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class ProgrammeMeasures {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProgrammeMeasures(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** All fourteen, in their order. */
    @Transactional(readOnly = true)
    public List<MeasureProgress> all() {
        return jdbc.sql("""
                        select number, actions, owner, status, light, changed_by, changed_at, version
                        from programme_measure order by number""")
                .query((rs, row) -> new MeasureProgress(rs.getInt("number"), rs.getString("actions"),
                        rs.getString("owner"), MeasureStatus.valueOf(rs.getString("status")),
                        TrafficLight.valueOf(rs.getString("light")), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at") == null ? null : rs.getTimestamp("changed_at").toInstant(),
                        rs.getInt("version")))
                .list();
    }

    /**
     * Records how measure {@code changed.number()} is going, from its {@code version}; the light is green, orange, red
     * or none (not judged yet).
     */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public void update(MeasureProgress changed) {
        if (changed.status() == null) {
            throw new InvalidInput("monitor.measures.status.required");
        }
        if (changed.light() == null || changed.light() == TrafficLight.NO_VALUE) {
            throw new InvalidInput("monitor.measures.light.required");
        }
        Input.text(changed.actions(), ReportingLimits.MEASURE_ACTIONS);
        Input.line(changed.owner(), ReportingLimits.MEASURE_OWNER);
        int updated = jdbc.sql("""
                        update programme_measure
                        set actions = :actions, owner = :owner, status = :status, light = :light, changed_by = :by,
                            changed_at = :at, version = version + 1
                        where number = :number and version = :version""")
                .param("actions", changed.actions() == null ? "" : changed.actions().strip())
                .param("owner", changed.owner() == null ? "" : changed.owner().strip())
                .param("status", changed.status().name()).param("light", changed.light().name())
                .param("by", currentUser.require().username()).param("at", Timestamp.from(clock.instant()))
                .param("number", changed.number()).param("version", changed.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Measure " + changed.number() + " was changed meanwhile");
        }
    }
}
