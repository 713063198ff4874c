package nl.gezinsplan.benefit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.casework.ProvisionLine;
import nl.gezinsplan.casework.ProvisionStatus;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures (maatregelen) of a family's rights to income support. A consultant with access to the family imposes
 * one; its letter is made once it is saved (by {@code decision}, on {@link MeasureImposed}). Reads and changes are
 * checked and audited.
 */
@Service
@Transactional
public class Measures {

    private final MeasureRepository measures;
    private final Rights rights;
    private final Provisions provisions;
    private final FamilyAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Measures(MeasureRepository measures, Rights rights, Provisions provisions, FamilyAccess access, CurrentUser currentUser,
             ApplicationEventPublisher events, Clock clock) {
        this.measures = measures;
        this.rights = rights;
        this.provisions = provisions;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Imposes a measure on the right to income support that the provision is; refused with the reason otherwise. */
    public Measure impose(long provisionId, MeasureDraft draft) {
        IncomeSupport right = rights.of(provisionId);
        access.requireChange(right.familyId(), AuditAction.CREATE, "audit.measure.imposed", right.product().getName());
        LocalDate today = LocalDate.now(clock);
        Measure measure = measures.save(Measure.impose(right, draft, today, currentUser.require().username(),
                clock.instant()));
        events.publishEvent(new MeasureImposed(measure.getId(), measure.getFamilyId(), measure.getPersonId(),
                right.provision().getRequestId(), right.product().getName(), measure.getObligation(),
                measure.getPercentage(), measure.getMonths(), measure.getStartsOn(), measure.endsOn(),
                measure.getMotivation(), today));
        return measure;
    }

    /**
     * The family's rights to income support that run today, on which a measure may be imposed (through
     * {@link Provisions}, which checks and audits the read).
     */
    public List<ProvisionLine> rightsOf(long familyId) {
        LocalDate today = LocalDate.now(clock);
        return provisions.ofFamily(familyId).stream()
                .filter(line -> IncomeSupport.is(line.law(), line.categoryCode()))
                .filter(line -> line.status() == ProvisionStatus.GRANTED
                        && line.status().isOpenOn(line.allocationEnd(), today))
                .toList();
    }

    /** Whether the caller may impose a measure on the family's rights: the screen offers it only then. */
    @Transactional(readOnly = true)
    public boolean mayImpose(long familyId) {
        return access.mayChange(familyId);
    }

    /** The family's measures, newest first; reading them is audited. */
    public List<Measure> ofFamily(long familyId) {
        access.requireRead(familyId, "audit.measure.read", null);
        return measures.ofFamily(familyId);
    }
}
