package nl.gezinsplan.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gezinsplan.base.ClockConfiguration;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.security.CurrentUser;
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
    private ApplicationChannel applicationChannel;
    private String appliedBy;
    private String workTrackAgreements;
    private LocalDate workTrackStartsOn;
    private String workTrackStartedBy;
    private Instant workTrackStartedAt;
    private String proposedBy;
    private LocalDate proposedOn;
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
    private LocalDate provisionalOn;
    private LocalDate provisionalUntil;
    private String provisionalBy;
    private String provisionalMotivation;
    private String closeReason;
    private String closedBy;
    private Instant closedAt;
    private boolean withdrawnInPortal;
    private LocalDate reopenedOn;
    private String reopenedBy;
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
     * The application (aanvraag), from which the decision term runs. Under the Jeugdwet the request is the
     * application; under the Wmo and the Participatiewet the person applies after the notification (melding), once, on
     * a day neither before the notification nor in the future.
     */
    void apply(LocalDate on, ApplicationChannel channel, String by, LocalDate today) {
        if (!needsApplication()) {
            throw new InvalidInput("casework.application.not-needed");
        }
        if (appliedOn != null) {
            throw new InvalidInput("casework.application.already-made");
        }
        if (on == null || channel == null) {
            throw new InvalidInput("casework.application.required");
        }
        if (on.isBefore(requestedOn) || on.isAfter(today)) {
            throw new InvalidInput("casework.application.date");
        }
        appliedOn = on;
        applicationChannel = channel;
        appliedBy = by;
    }

    /** Whether the person applies apart from the notification: under the Wmo and the Participatiewet. */
    public boolean needsApplication() {
        return law != Law.JEUGDWET;
    }

    /** The day the decision term runs from, once known: the application, or under the Jeugdwet the request. */
    public Optional<LocalDate> application() {
        return Optional.ofNullable(needsApplication() ? appliedOn : requestedOn);
    }

    /**
     * Work first (Participatiewet): a work track starts at once, beside the intake for the benefit, once per request,
     * with what was agreed and from when (not before the notification).
     */
    void startWorkTrack(String agreements, LocalDate startsOn, String by, Instant at) {
        if (law != Law.PARTICIPATIEWET) {
            throw new InvalidInput("casework.work-track.not-participation");
        }
        if (workTrackStartedAt != null) {
            throw new InvalidInput("casework.work-track.already-started");
        }
        if (agreements == null || agreements.isBlank()) {
            throw new InvalidInput("casework.work-track.agreements.required");
        }
        if (startsOn == null || startsOn.isBefore(requestedOn)) {
            throw new InvalidInput("casework.work-track.starts-on");
        }
        workTrackAgreements = agreements;
        workTrackStartsOn = startsOn;
        workTrackStartedBy = by;
        workTrackStartedAt = at;
    }

    /**
     * The proposal is made. The proposer says why: whoever judges the proposal (a colleague, the manager) reads it.
     */
    void propose(LocalDate on, String proposer, String motivation) {
        if (motivation == null || motivation.isBlank()) {
            throw new InvalidInput("casework.proposal.motivation.required");
        }
        proposedOn = on;
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
     * The provisional decision (voorlopige voorziening) of a crisis: care granted at once, until {@code until} at the
     * latest, while the full route runs; given once, on an open crisis request, with the reason why.
     */
    void decideProvisionally(LocalDate on, LocalDate until, String by, String motivation) {
        if (urgency != Urgency.CRISIS) {
            throw new InvalidInput("casework.provisional.not-crisis");
        }
        if (!isOpen()) {
            throw new InvalidInput("casework.request.closed");
        }
        if (provisionalOn != null) {
            throw new InvalidInput("casework.provisional.already");
        }
        if (motivation == null || motivation.isBlank()) {
            throw new InvalidInput("casework.provisional.motivation.required");
        }
        provisionalOn = on;
        provisionalUntil = until;
        provisionalBy = by;
        provisionalMotivation = motivation;
    }

    public boolean isDecidedProvisionally() {
        return provisionalOn != null;
    }

    /**
     * The family withdraws the request (intrekking), in the portal or as the consultant records it; the reason is
     * optional, as the family need not give one. The route closes the request next ({@link #close}).
     */
    void recordWithdrawal(String reason, boolean inPortal, String by, Instant at) {
        requireOpen();
        closeReason = reason == null || reason.isBlank() ? null : reason;
        withdrawnInPortal = inPortal;
        closedBy = by;
        closedAt = at;
    }

    /** The consultant closes the request without a decision (buiten behandeling), always with a reason. */
    void recordClosingWithoutDecision(String reason, String by, Instant at) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("casework.request.close-reason.required");
        }
        closeReason = reason;
        withdrawnInPortal = false;
        closedBy = by;
        closedAt = at;
    }

    /**
     * A manager of the request's team reopens a withdrawn request, or one closed without a decision, within
     * {@code within} of its closing: the route goes on where it stopped, and the days it was closed do not count for
     * its term. A decided request stays decided.
     *
     * @return the period it was closed, to keep with its suspensions
     */
    TermSuspension reopen(DirectoryUser manager, LocalDate today, Period within, Instant at) {
        if (status != RequestStatus.WITHDRAWN && status != RequestStatus.CLOSED_WITHOUT_DECISION) {
            throw new InvalidInput(status == RequestStatus.OPEN ? "casework.request.reopen.open"
                    : "casework.request.reopen.decided");
        }
        if (manager.role() != Role.MANAGER || !manager.teamCodes().contains(law.teamCode())) {
            throw new InvalidInput("casework.request.reopen.not-manager");
        }
        if (today.isAfter(closedOn.plus(within))) {
            throw new InvalidInput("casework.request.reopen.too-late");
        }
        // a proposal withdrawn at its approval is closed by the route, which records no one and no time
        TermSuspension closed = TermSuspension.closedPeriod(id, closedOn,
                closedBy != null ? closedBy : CurrentUser.SYSTEM,
                closedAt != null ? closedAt : closedOn.atStartOfDay(ClockConfiguration.MUNICIPALITY_ZONE).toInstant(),
                today, manager.username(), at);
        status = RequestStatus.OPEN;
        closedOn = null;
        closeReason = null;
        closedBy = null;
        closedAt = null;
        withdrawnInPortal = false;
        reopenedOn = today;
        reopenedBy = manager.username();
        return closed;
    }

    /** Whether {@link #reopen} would let {@code user} reopen the request today: for a screen's actions. */
    public boolean mayReopen(DirectoryUser user, LocalDate today, Period within) {
        return (status == RequestStatus.WITHDRAWN || status == RequestStatus.CLOSED_WITHOUT_DECISION)
                && user.role() == Role.MANAGER && user.teamCodes().contains(law.teamCode())
                && !today.isAfter(closedOn.plus(within));
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new InvalidInput("casework.request.closed");
        }
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
        if (outcome == RequestStatus.CLOSED_WITHOUT_DECISION && closeReason == null) {
            throw new IllegalStateException("Request " + id + " has no recorded reason to close it without decision");
        }
        status = outcome;
        closedOn = on;
        atPanel = false;
        if (outcome == RequestStatus.GRANTED) {
            decidedOn = on;
        }
    }

    /**
     * A well-founded objection revokes the refusal and grants what was asked (Awb 7:11): only a refused request, and
     * it is then decided on {@code on}; the day it closed stays the day of the decision objected to.
     */
    void grantOnObjection(LocalDate on) {
        if (status != RequestStatus.REFUSED) {
            throw new InvalidInput("casework.request.objection.not-refused");
        }
        status = RequestStatus.GRANTED;
        decidedOn = on;
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

    public ApplicationChannel getApplicationChannel() {
        return applicationChannel;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public String getWorkTrackAgreements() {
        return workTrackAgreements;
    }

    public LocalDate getWorkTrackStartsOn() {
        return workTrackStartsOn;
    }

    public String getWorkTrackStartedBy() {
        return workTrackStartedBy;
    }

    public Instant getWorkTrackStartedAt() {
        return workTrackStartedAt;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
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

    public LocalDate getProvisionalOn() {
        return provisionalOn;
    }

    public LocalDate getProvisionalUntil() {
        return provisionalUntil;
    }

    public String getProvisionalBy() {
        return provisionalBy;
    }

    public String getProvisionalMotivation() {
        return provisionalMotivation;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public boolean isWithdrawnInPortal() {
        return withdrawnInPortal;
    }

    public LocalDate getReopenedOn() {
        return reopenedOn;
    }

    public String getReopenedBy() {
        return reopenedBy;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
