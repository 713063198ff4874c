package nl.gezinsplan.benefit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.gezinsplan.casework.ProvisionStatus;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What only the re-examination's route does with a right: record a re-examination, and ask what it found. Behind the
 * "route" interface, for {@code workflow} alone.
 */
@Service
@Transactional
@NamedInterface("route")
public class ReexaminationSteps {

    private final ReexaminationRepository reexaminations;
    private final Rights rights;
    private final Provisions provisions;
    private final FamilyAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReexaminationSteps(ReexaminationRepository reexaminations, Rights rights, Provisions provisions,
                       FamilyAccess access, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.reexaminations = reexaminations;
        this.rights = rights;
        this.provisions = provisions;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the re-examination of the right with its outcome. A right that ends is ended on its date (which ends the
     * provision's other routes too); a right that changes or ends gets a letter.
     */
    public Reexamination record(long provisionId, ReexaminationOutcome outcome, String findings, LocalDate endsOn) {
        IncomeSupport right = rights.of(provisionId);
        access.requireChange(right.familyId(), AuditAction.CREATE, "audit.reexamination.recorded",
                right.product().getName());
        LocalDate today = LocalDate.now(clock);
        Reexamination reexamination = reexaminations.save(Reexamination.record(right, outcome, findings, endsOn,
                today, currentUser.require().username(), clock.instant()));
        if (outcome == ReexaminationOutcome.ENDS) {
            provisions.end(provisionId, endsOn);
        }
        if (outcome != ReexaminationOutcome.CONTINUES) {
            events.publishEvent(new RightReexamined(reexamination.getId(), right.familyId(), right.personId(),
                    right.provision().getRequestId(), right.product().getName(), outcome,
                    reexamination.getFindings(), reexamination.getEndsOn(), today));
        }
        return reexamination;
    }

    /** The id of the right's latest re-examination, 0 when it has none yet. */
    @Transactional(readOnly = true)
    public long latest(long provisionId) {
        return reexaminations.latestAfter(provisionId, 0).map(Reexamination::getId).orElse(0L);
    }

    /** The outcome of the right's latest re-examination recorded after the one with id {@code afterId}, if any. */
    @Transactional(readOnly = true)
    public Optional<ReexaminationOutcome> outcomeAfter(long provisionId, long afterId) {
        return reexaminations.latestAfter(provisionId, afterId).map(Reexamination::getOutcome);
    }

    /**
     * Whether the right still runs on {@code day}: granted, and not ended by then. The route plans its next
     * re-examination only then; it runs as an engine job, so without access check.
     */
    @Transactional(readOnly = true)
    public boolean runsOn(long provisionId, LocalDate day) {
        IncomeSupport right = rights.of(provisionId);
        return right.provision().getStatus() == ProvisionStatus.GRANTED
                && right.provision().getStatus().isOpenOn(right.end(), day);
    }

    /** Whether the provision is a right to income support, which the route re-examines. */
    @Transactional(readOnly = true)
    public boolean isIncomeSupport(long provisionId) {
        IncomeSupport right = rights.of(provisionId);
        return IncomeSupport.is(right.product().getLaw(), right.product().getCategoryCode());
    }
}
