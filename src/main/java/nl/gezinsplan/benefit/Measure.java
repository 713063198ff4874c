package nl.gezinsplan.benefit;

import java.time.Instant;
import java.time.LocalDate;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A measure (maatregel, Participatiewet art. 18): the benefit of a right to income support lowered by a percentage for
 * a number of months, because an obligation was violated. Imposed once, then fixed: its letter has been sent.
 */
@Table("measure")
public class Measure {

    @Id
    private Long id;
    private Long provisionId;
    private Long familyId;
    private Long personId;
    private Obligation obligation;
    private Integer percentage;
    private Integer months;
    private LocalDate startsOn;
    private String motivation;
    private String imposedBy;
    private Instant imposedAt;

    Measure() {
    }

    /**
     * The measure on {@code right} as drafted, imposed {@code today}: with the obligation, a percentage and number of
     * months within the limits, a motivation, and a start from today on, while the right runs.
     */
    static Measure impose(IncomeSupport right, MeasureDraft draft, LocalDate today, String by, Instant at) {
        if (draft.obligation() == null) {
            throw new InvalidInput("benefit.measure.obligation.required");
        }
        if (draft.percentage() == null || draft.percentage() < BenefitLimits.MIN_PERCENTAGE
                || draft.percentage() > BenefitLimits.MAX_PERCENTAGE) {
            throw new InvalidInput("benefit.measure.percentage.range", BenefitLimits.MIN_PERCENTAGE,
                    BenefitLimits.MAX_PERCENTAGE);
        }
        if (draft.months() == null || draft.months() < BenefitLimits.MIN_MONTHS
                || draft.months() > BenefitLimits.MAX_MONTHS) {
            throw new InvalidInput("benefit.measure.months.range", BenefitLimits.MIN_MONTHS, BenefitLimits.MAX_MONTHS);
        }
        if (draft.startsOn() == null) {
            throw new InvalidInput("benefit.measure.starts-on.required");
        }
        Input.date(draft.startsOn(), "benefit.measure.starts-on");
        if (draft.startsOn().isBefore(today)) {
            throw new InvalidInput("benefit.measure.starts-on.past");
        }
        right.requireRunningOn(draft.startsOn());
        Input.requiredText(draft.motivation(), BenefitLimits.MOTIVATION, "benefit.measure.motivation.required");
        Measure measure = new Measure();
        measure.provisionId = right.provision().getId();
        measure.familyId = right.familyId();
        measure.personId = right.personId();
        measure.obligation = draft.obligation();
        measure.percentage = draft.percentage();
        measure.months = draft.months();
        measure.startsOn = draft.startsOn();
        measure.motivation = draft.motivation().strip();
        measure.imposedBy = by;
        measure.imposedAt = at;
        return measure;
    }

    /** The last day the benefit is lowered. */
    public LocalDate endsOn() {
        return startsOn.plusMonths(months).minusDays(1);
    }

    public Long getId() {
        return id;
    }

    public Long getProvisionId() {
        return provisionId;
    }

    public Long getFamilyId() {
        return familyId;
    }

    public Long getPersonId() {
        return personId;
    }

    public Obligation getObligation() {
        return obligation;
    }

    public Integer getPercentage() {
        return percentage;
    }

    public Integer getMonths() {
        return months;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public String getMotivation() {
        return motivation;
    }

    public String getImposedBy() {
        return imposedBy;
    }

    public Instant getImposedAt() {
        return imposedAt;
    }
}
