package nl.gezinsplan.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A provision (toewijzing): a product of the catalogue for one member of a family, from one provider, at a volume and
 * frequency, for an allocation period; the care period is when care was actually delivered.
 */
@Table("provision")
public class Provision {

    @Id
    private Long id;
    private Long familyId;
    private Long requestId;
    private Long personId;
    private Long productId;
    private Long providerId;
    private BigDecimal volume;
    private Frequency frequency;
    private BigDecimal tariff;
    private LocalDate allocationStart;
    private LocalDate allocationEnd;
    private LocalDate careStart;
    private LocalDate careEnd;
    private boolean contracted;
    private String offContractReason;
    private ProvisionStatus status;
    private boolean provisional;
    private OutflowReason outflowReason;
    private String exitPerspective;
    private LocalDate exitPerspectiveOn;
    private Instant createdAt;
    private String createdBy;
    @Version
    private Integer version;

    Provision() {
    }

    Provision(long familyId, Long requestId, Instant createdAt, String createdBy) {
        this.familyId = familyId;
        this.requestId = requestId;
        this.status = ProvisionStatus.PROPOSED;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /**
     * Takes the draft's terms; the tariff is the product's at the moment of allocation and stays with the provision.
     * A provider contracted for the product ({@code contracted}: provider_product) is the rule, whichever path proposes
     * it; another needs a reason when the product is delivered in kind (with a personal budget the family chooses its
     * provider). A provision keeps whether its provider was contracted when it was chosen, also after the contract
     * changed.
     */
    void apply(ProvisionDraft draft, Product product, Provider provider, boolean contracted) {
        boolean sameChoice = product.getId().equals(productId) && provider.getId().equals(providerId);
        if (!sameChoice) {
            this.contracted = contracted;
        }
        if (this.contracted || product.getFinancing() == Financing.PERSONAL_BUDGET) {
            offContractReason = null;
        } else if (!(sameChoice && draft.offContractReason() == null)) {
            Input.requiredText(draft.offContractReason(), CaseworkLimits.OFF_CONTRACT_REASON,
                    "casework.provision.off-contract-reason.required");
            offContractReason = draft.offContractReason().strip();
        }
        if (!product.getId().equals(productId)) {
            productId = product.getId();
            tariff = product.getTariff();
        }
        personId = draft.personId();
        providerId = provider.getId();
        volume = draft.volume();
        frequency = draft.frequency();
        allocationStart = draft.allocationStart();
        allocationEnd = draft.allocationEnd();
        careStart = draft.careStart();
        careEnd = draft.careEnd();
    }

    /** Ends the allocation, and the care when it ran longer, on {@code day}. */
    void end(LocalDate day) {
        cutOff(day);
        status = ProvisionStatus.ENDED;
    }

    /** Stops help that does not work on {@code day}. */
    void stop(LocalDate day) {
        cutOff(day);
        status = ProvisionStatus.STOPPED;
    }

    private void cutOff(LocalDate day) {
        if (allocationEnd == null || allocationEnd.isAfter(day)) {
            allocationEnd = day;
        }
        if (careStart != null && (careEnd == null || careEnd.isAfter(day))) {
            careEnd = day;
        }
    }

    void recordExitPerspective(String answer, LocalDate on) {
        exitPerspective = answer;
        exitPerspectiveOn = on;
    }

    /** Care ends at the evaluation only with a known reason, which the monitor counts. */
    void recordOutflow(OutflowReason reason) {
        if (reason == null) {
            throw new InvalidInput("casework.provision.outflow-reason.required");
        }
        outflowReason = reason;
    }

    void grant() {
        status = ProvisionStatus.GRANTED;
    }

    /**
     * Granted by a provisional decision: from its start until {@code until} at the latest, when the final decision has
     * not replaced it before. Care that would only start after that is no provisional care.
     */
    void grantProvisionally(LocalDate until) {
        if (allocationStart != null && allocationStart.isAfter(until)) {
            throw new InvalidInput("casework.provisional.starts-too-late");
        }
        cutOff(until);
        provisional = true;
        status = ProvisionStatus.GRANTED;
    }

    /** The final decision (or the request's other end) replaces the provisional grant on {@code day}. */
    void replace(LocalDate day) {
        end(allocationStart != null && allocationStart.isAfter(day) ? allocationStart : day);
    }

    /** What a refusal did not grant, granted after a well-founded objection. */
    void grantOnObjection() {
        if (status != ProvisionStatus.NOT_GRANTED) {
            throw new IllegalStateException("Provision " + id + " was not refused");
        }
        status = ProvisionStatus.GRANTED;
    }

    void notGrant() {
        status = ProvisionStatus.NOT_GRANTED;
    }

    /** Its request is reopened: what was proposed for it is proposed again. */
    void proposeAgain() {
        if (status != ProvisionStatus.NOT_GRANTED) {
            throw new IllegalStateException("Provision " + id + " was not left ungranted but is " + status);
        }
        status = ProvisionStatus.PROPOSED;
    }

    public CarePeriod carePeriod() {
        return CarePeriod.of(allocationStart, allocationEnd, careStart, careEnd);
    }

    public BigDecimal costPerYear() {
        return frequency.costPerYear(volume, tariff);
    }

    public Long getId() {
        return id;
    }

    public Long getFamilyId() {
        return familyId;
    }

    /** The request this provision was proposed for; none for provisions recorded outside the route. */
    public Long getRequestId() {
        return requestId;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getProductId() {
        return productId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public BigDecimal getVolume() {
        return volume;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public BigDecimal getTariff() {
        return tariff;
    }

    public LocalDate getAllocationStart() {
        return allocationStart;
    }

    public LocalDate getAllocationEnd() {
        return allocationEnd;
    }

    public LocalDate getCareStart() {
        return careStart;
    }

    public LocalDate getCareEnd() {
        return careEnd;
    }

    /** Whether the provider was contracted for the product when it was chosen for this provision. */
    public boolean isContracted() {
        return contracted;
    }

    /** Why a provider not contracted for the product was chosen; null when it was. */
    public String getOffContractReason() {
        return offContractReason;
    }

    public ProvisionStatus getStatus() {
        return status;
    }

    /** Granted by a crisis's provisional decision, until the final decision replaces it. */
    public boolean isProvisional() {
        return provisional;
    }

    public OutflowReason getOutflowReason() {
        return outflowReason;
    }

    public String getExitPerspective() {
        return exitPerspective;
    }

    public LocalDate getExitPerspectiveOn() {
        return exitPerspectiveOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
