package nl.gezinsplan.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A request for help (melding, aanvraag) for one member of a family under one law, and what was decided on it along
 * the route. Where it is on the route is the engine's business; what was asked and decided is kept here.
 */
@Table("request")
public class Request {

    @Id
    private Long id;
    private Long familyId;
    private Long personId;
    private Law law;
    private Referrer referrer;
    private Urgency urgency;
    private LocalDate requestedOn;
    private Long extensionOf;
    private String description;
    private RequestStatus status;
    private TriageOutcome triageOutcome;
    private String triageReasons;
    private String triageNote;
    private String triagedBy;
    private Instant triagedAt;
    private LocalDate appliedOn;
    private String proposedBy;
    private String proposalMotivation;
    private NeeTenzijOutcome neeTenzijOutcome;
    private String neeTenzijBy;
    private Instant neeTenzijAt;
    private boolean atPanel;
    private String panelQuestion;
    private NeeTenzijOutcome panelOutcome;
    private String panelDecidedBy;
    private Instant panelDecidedAt;
    private String refusalReasons;
    private String alternatives;
    private LocalDate decidedOn;
    private LocalDate closedOn;
    private String registeredBy;
    private Instant registeredAt;
    @Version
    private Integer version;

    Request() {
    }

    Request(long familyId, RequestDraft draft, Long extensionOf, String registeredBy, Instant registeredAt) {
        this.familyId = familyId;
        this.personId = draft.personId();
        this.law = draft.law();
        this.referrer = draft.referrer();
        this.urgency = draft.urgency();
        this.requestedOn = draft.requestedOn();
        this.description = draft.description();
        this.extensionOf = extensionOf;
        this.status = RequestStatus.OPEN;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /**
     * Triage on the ladder. A medical referral or a court order binds the municipality, so it is never closed at
     * triage with advice, the network or a general provision.
     */
    void triage(TriageOutcome outcome, Set<TriageReason> reasons, String note, String by, Instant at) {
        if (outcome == null) {
            throw new InvalidInput("casework.request.triage.outcome.required");
        }
        if (outcome.closesTheRequest() && referrer.binding()) {
            throw new InvalidInput("casework.request.triage.binding-referral");
        }
        triageOutcome = outcome;
        triageReasons = reasons.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        triageNote = note;
        triagedBy = by;
        triagedAt = at;
    }

    /**
     * The proposal is made: under the Wmo this is the application, from which the decision term runs. The proposer
     * says why: whoever judges the proposal (a colleague, the manager) reads it.
     */
    void propose(LocalDate on, String proposer, String motivation) {
        if (motivation == null || motivation.isBlank()) {
            throw new InvalidInput("casework.proposal.motivation.required");
        }
        appliedOn = on;
        proposedBy = proposer;
        proposalMotivation = motivation;
    }

    /**
     * The four-eyes rule (vier-ogenprincipe): the proposal is judged by someone other than its proposer; the review by
     * a colleague of the request's team, the approval by a manager of that team. Administrators never judge. Names
     * compare regardless of case, as logins do.
     *
     * @throws VerdictRefused when {@code judge} may not give a verdict at this level
     */
    void requireJudge(DirectoryUser judge, ApprovalLevel level) {
        Optional<String> refusal = refusalOf(judge, level);
        if (refusal.isPresent()) {
            throw new VerdictRefused(refusal.get());
        }
    }

    /** Whether the four-eyes rule ({@link #requireJudge}) lets {@code judge} give a verdict at this level. */
    boolean mayJudge(DirectoryUser judge, ApprovalLevel level) {
        return refusalOf(judge, level).isEmpty();
    }

    private Optional<String> refusalOf(DirectoryUser judge, ApprovalLevel level) {
        if (proposedBy == null) {
            return Optional.of("Request " + id + " has no recorded proposal to judge");
        }
        if (judge.username().equalsIgnoreCase(proposedBy)) {
            return Optional.of(judge.username() + " proposed this and may not approve it (four-eyes rule)");
        }
        String team = law.teamCode();
        boolean inTeam = judge.teamCodes().contains(team);
        boolean allowed = switch (level) {
            case FOUR_EYES -> inTeam && (judge.role() == Role.CONSULTANT || judge.role() == Role.MANAGER);
            case MANAGER -> inTeam && judge.role() == Role.MANAGER;
            case NONE -> false;
        };
        return allowed ? Optional.empty() : Optional.of(judge.username() + " may not judge this proposal at level "
                + level + ": only " + (level == ApprovalLevel.MANAGER ? "a manager" : "a colleague") + " of team " + team);
    }

    /**
     * The "nee, tenzij" check answers yes, no or doubt (for the panel); a no is a refusal, which the law and our policy
     * allow only with coded reasons and alternatives for the family; a doubt goes to the panel with the question it is
     * to answer.
     */
    void checkNeeTenzij(NeeTenzijOutcome outcome, List<RefusalReason> reasons, String alternatives,
                        String questionToPanel, String by, Instant at) {
        requireComplete(outcome, reasons, alternatives);
        boolean doubt = outcome == NeeTenzijOutcome.DOUBT;
        if (doubt && (questionToPanel == null || questionToPanel.isBlank())) {
            throw new InvalidInput("casework.request.panel-question.required");
        }
        neeTenzijOutcome = outcome;
        neeTenzijBy = by;
        neeTenzijAt = at;
        atPanel = doubt;
        panelQuestion = doubt ? questionToPanel : null;
        recordRefusal(outcome, reasons, alternatives);
    }

    /** The panel decides a doubtful case: yes or no, and a no as the check's, with reasons and alternatives. */
    void decideAtPanel(NeeTenzijOutcome outcome, List<RefusalReason> reasons, String alternatives, String by,
                       Instant at) {
        if (outcome == NeeTenzijOutcome.DOUBT) {
            throw new InvalidInput("casework.request.nee-tenzij.outcome.required");
        }
        requireComplete(outcome, reasons, alternatives);
        panelOutcome = outcome;
        panelDecidedBy = by;
        panelDecidedAt = at;
        atPanel = false;
        recordRefusal(outcome, reasons, alternatives);
    }

    private static void requireComplete(NeeTenzijOutcome outcome, List<RefusalReason> reasons, String alternatives) {
        if (outcome == null) {
            throw new InvalidInput("casework.request.nee-tenzij.outcome.required");
        }
        if (outcome == NeeTenzijOutcome.NO && (reasons == null || reasons.isEmpty()
                || alternatives == null || alternatives.isBlank())) {
            throw new InvalidInput("casework.request.nee-tenzij.refusal.incomplete");
        }
    }

    private void recordRefusal(NeeTenzijOutcome outcome, List<RefusalReason> reasons, String alternatives) {
        boolean refused = outcome == NeeTenzijOutcome.NO;
        this.refusalReasons = refused ? reasons.stream().distinct().map(Enum::name).collect(Collectors.joining(",")) : null;
        this.alternatives = refused ? alternatives : null;
    }

    /**
     * Suspends the term (opschorten, Awb 4:15) while the municipality waits for the family: only an open request, one
     * suspension at a time, with the reason, what is asked and a date after today by which it is asked.
     */
    TermSuspension suspend(boolean alreadySuspended, String reason, String asked, LocalDate until, LocalDate today,
                           String by, Instant at) {
        if (!isOpen()) {
            throw new InvalidInput("casework.request.closed");
        }
        if (alreadySuspended) {
            throw new InvalidInput("casework.suspension.running");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("casework.suspension.reason.required");
        }
        if (asked == null || asked.isBlank()) {
            throw new InvalidInput("casework.suspension.asked.required");
        }
        if (until == null) {
            throw new InvalidInput("casework.suspension.until.required");
        }
        if (!until.isAfter(today)) {
            throw new InvalidInput("casework.suspension.until.future");
        }
        return new TermSuspension(id, reason, asked, until, today, by, at);
    }

    /**
     * Extends the term (verdagen, Awb 4:14): once per request, only while the term {@code termDue} has not ended, to a
     * later date, with the reason the family reads in its letter.
     */
    TermExtension extend(boolean alreadyExtended, LocalDate termDue, LocalDate newDate, String reason, LocalDate today,
                         String by, Instant at) {
        if (!isOpen()) {
            throw new InvalidInput("casework.request.closed");
        }
        if (alreadyExtended) {
            throw new InvalidInput("casework.term-extension.once");
        }
        if (termDue == null) {
            throw new InvalidInput("casework.term-extension.no-term");
        }
        if (today.isAfter(termDue)) {
            throw new InvalidInput("casework.term-extension.term-ended");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("casework.term-extension.reason.required");
        }
        if (newDate == null) {
            throw new InvalidInput("casework.term-extension.date.required");
        }
        if (!newDate.isAfter(termDue)) {
            throw new InvalidInput("casework.term-extension.date.after-term");
        }
        return new TermExtension(id, reason, termDue, newDate, by, at);
    }

    void close(RequestStatus outcome, LocalDate on) {
        status = outcome;
        closedOn = on;
        atPanel = false;
        if (outcome == RequestStatus.GRANTED) {
            decidedOn = on;
        }
    }

    /**
     * Whether the "nee, tenzij" check, or the panel it asked, said no: the request is then decided as a refusal, with
     * the reasons and alternatives recorded with that no.
     */
    public boolean isRefusedAtNeeTenzij() {
        return (panelOutcome != null ? panelOutcome : neeTenzijOutcome) == NeeTenzijOutcome.NO;
    }

    public boolean isOpen() {
        return status == RequestStatus.OPEN;
    }

    public Set<TriageReason> triageReasons() {
        return triageReasons == null || triageReasons.isEmpty() ? Set.of()
                : Arrays.stream(triageReasons.split(",")).map(TriageReason::valueOf).collect(Collectors.toSet());
    }

    public List<RefusalReason> refusalReasons() {
        return refusalReasons == null ? List.of()
                : Arrays.stream(refusalReasons.split(",")).map(RefusalReason::valueOf).toList();
    }

    public Long getId() {
        return id;
    }

    public Long getFamilyId() {
        return familyId;
    }

    public Long getPersonId() {
        return personId;
    }

    public Law getLaw() {
        return law;
    }

    public Referrer getReferrer() {
        return referrer;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public Long getExtensionOf() {
        return extensionOf;
    }

    public String getDescription() {
        return description;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public TriageOutcome getTriageOutcome() {
        return triageOutcome;
    }

    public String getTriageNote() {
        return triageNote;
    }

    public String getTriagedBy() {
        return triagedBy;
    }

    public Instant getTriagedAt() {
        return triagedAt;
    }

    public String getProposalMotivation() {
        return proposalMotivation;
    }

    public String getNeeTenzijBy() {
        return neeTenzijBy;
    }

    public Instant getNeeTenzijAt() {
        return neeTenzijAt;
    }

    public String getPanelQuestion() {
        return panelQuestion;
    }

    public String getPanelDecidedBy() {
        return panelDecidedBy;
    }

    public Instant getPanelDecidedAt() {
        return panelDecidedAt;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public NeeTenzijOutcome getNeeTenzijOutcome() {
        return neeTenzijOutcome;
    }

    public boolean isAtPanel() {
        return atPanel;
    }

    public NeeTenzijOutcome getPanelOutcome() {
        return panelOutcome;
    }

    public String getAlternatives() {
        return alternatives;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
