package nl.gezinsplan.casework;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.security.AuditAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What only the route of a provision does with it: the steps of its meetings and of the monthly residential review.
 * Behind the "route" interface, for {@code workflow} alone; screens and other modules use {@link Provisions}.
 */
@Service
@Transactional
@NamedInterface("route")
public class ProvisionSteps {

    private final ProvisionRepository provisions;
    private final FamilyAccess access;
    private final CaseTeams caseTeams;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProvisionSteps(ProvisionRepository provisions, FamilyAccess access, CaseTeams caseTeams, JdbcClient jdbc,
                   Clock clock) {
        this.provisions = provisions;
        this.access = access;
        this.caseTeams = caseTeams;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stops care that the check meeting found does not work, today. */
    public void stop(long provisionId) {
        Provision provision = provisions.findById(provisionId).orElseThrow();
        provision.stop(LocalDate.now(clock));
        provisions.save(provision);
        caseTeams.refresh(provision.getFamilyId());
    }

    /**
     * Records why care ends, as the evaluation meeting concluded; the care runs on to its end date. Refused without
     * a reason.
     */
    public void recordOutflow(long provisionId, OutflowReason reason) {
        Provision provision = provisions.findById(provisionId).orElseThrow();
        provision.recordOutflow(reason);
        provisions.save(provision);
    }

    /** Whether the evaluation's outflow reason has been recorded: the route ends care only then. */
    @Transactional(readOnly = true)
    public boolean outflowRecorded(long provisionId) {
        return provisions.findById(provisionId).orElseThrow().getOutflowReason() != null;
    }

    /** Records the provider's answer on the exit perspective of (residential) care. */
    public void recordExitPerspective(long provisionId, String answer) {
        Provision provision = provisions.findById(provisionId).orElseThrow();
        access.requireChange(provision.getFamilyId(), AuditAction.UPDATE, "audit.provision.exit-perspective", null);
        Input.requiredText(answer, CaseworkLimits.EXIT_PERSPECTIVE, "casework.provision.exit-perspective.required");
        provision.recordExitPerspective(answer.strip(), LocalDate.now(clock));
        provisions.save(provision);
    }

    /**
     * Refuses when the provider's exit perspective was not recorded on or after {@code since} (the day the review
     * asked for it): the review's task moves on only with the answer recorded with the provision.
     */
    @Transactional(readOnly = true)
    public void requireExitPerspectiveSince(long provisionId, LocalDate since) {
        LocalDate recorded = provisions.findById(provisionId).orElseThrow().getExitPerspectiveOn();
        if (recorded == null || recorded.isBefore(since)) {
            throw new InvalidInput("casework.provision.exit-perspective.required");
        }
    }

    /**
     * A residential provision that ends soon: who to ask the provider about, and when the care ends. Serializable
     * because the engine serializes even a transient variable when it is set, though it never stores it.
     */
    public record ResidentialEnding(long provisionId, long familyId, long personId, LocalDate endDate)
            implements Serializable {
    }

    /**
     * The open residential provisions of every family whose (care, else allocation) end falls within {@code window}
     * from {@code today}. The monthly review runs as an engine job with nobody signed in and covers all families, so
     * this deliberately skips FamilyAccess and the audit trail, and returns ids only: whoever opens a family from the
     * resulting tasks goes through the access check as usual.
     */
    @Transactional(readOnly = true)
    public List<ResidentialEnding> residentialEndingWithin(LocalDate today, Period window) {
        LocalDate until = today.plus(window);
        return jdbc.sql("""
                        select v.id, v.family_id, v.person_id, v.allocation_start, v.allocation_end, v.care_start,
                               v.care_end
                        from provision v
                        join product pr on pr.id = v.product_id
                        where pr.residential and v.status in ('PROPOSED', 'GRANTED')""")
                .query((rs, row) -> new ResidentialEnding(rs.getLong("id"), rs.getLong("family_id"),
                        rs.getLong("person_id"), CarePeriod.of(rs.getObject("allocation_start", LocalDate.class),
                        rs.getObject("allocation_end", LocalDate.class), rs.getObject("care_start", LocalDate.class),
                        rs.getObject("care_end", LocalDate.class)).end()))
                .stream()
                .filter(ending -> ending.endDate() != null && !ending.endDate().isBefore(today)
                        && !ending.endDate().isAfter(until))
                .sorted(Comparator.comparing(ResidentialEnding::endDate).thenComparing(ResidentialEnding::provisionId))
                .toList();
    }
}
