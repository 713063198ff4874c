package nl.gezinsplan.benefit;

import java.time.Instant;
import java.time.LocalDate;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One re-examination (heronderzoek) of a right to income support: whether the person is still entitled, what was
 * found, and the outcome. A right that ends, ends on a date within its period, from today on.
 */
@Table("reexamination")
public class Reexamination {

    @Id
    private Long id;
    private Long provisionId;
    private Long familyId;
    private ReexaminationOutcome outcome;
    private String findings;
    private LocalDate endsOn;
    private String recordedBy;
    private Instant recordedAt;

    Reexamination() {
    }

    static Reexamination record(IncomeSupport right, ReexaminationOutcome outcome, String findings, LocalDate endsOn,
                                LocalDate today, String by, Instant at) {
        right.requireRunningOn(today);
        if (outcome == null) {
            throw new InvalidInput("benefit.reexamination.outcome.required");
        }
        Input.requiredText(findings, BenefitLimits.FINDINGS, "benefit.reexamination.findings.required");
        Reexamination reexamination = new Reexamination();
        if (outcome == ReexaminationOutcome.ENDS) {
            if (endsOn == null) {
                throw new InvalidInput("benefit.reexamination.ends-on.required");
            }
            Input.date(endsOn, "benefit.reexamination.ends-on");
            if (endsOn.isBefore(today)) {
                throw new InvalidInput("benefit.reexamination.ends-on.past");
            }
            if (right.end() != null && endsOn.isAfter(right.end())) {
                throw new InvalidInput("benefit.reexamination.ends-on.after-end");
            }
            reexamination.endsOn = endsOn;
        }
        reexamination.provisionId = right.provision().getId();
        reexamination.familyId = right.familyId();
        reexamination.outcome = outcome;
        reexamination.findings = findings.strip();
        reexamination.recordedBy = by;
        reexamination.recordedAt = at;
        return reexamination;
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

    public ReexaminationOutcome getOutcome() {
        return outcome;
    }

    public String getFindings() {
        return findings;
    }

    /** The right's last day, when it ends; null otherwise. */
    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
