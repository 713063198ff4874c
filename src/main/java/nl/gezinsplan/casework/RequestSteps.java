package nl.gezinsplan.casework;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.security.Sha256;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.family.FamilyFacts;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.UserDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a request's route, for the route only ({@code workflow}): what triage found, the proposal, the
 * "nee, tenzij" check and the panel, the verdicts of the approval, and the end it reaches. The request refuses what
 * the policy forbids ({@link Request}), whichever path records it; the route asks here what was recorded and routes
 * on that, not on what a client passes to the engine. Screens and other modules use {@link Requests}.
 */
@Service
@Transactional
@NamedInterface("route")
public class RequestSteps {

    private final Requests owner;
    private final ResearchReports researchReports;
    private final RequestRepository requests;
    private final ProvisionRepository provisions;
    private final ProductRepository products;
    private final FamilyAccess access;
    private final FamilyFacts familyFacts;
    private final CaseTeams caseTeams;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final TermSuspensionRepository suspensions;
    private final TermExtensionRepository extensions;
    private final ExtensionLetterWriter extensionLetters;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RequestSteps(Requests owner, ResearchReports researchReports, RequestRepository requests, ProvisionRepository provisions,
                 ProductRepository products, FamilyAccess access, FamilyFacts familyFacts, CaseTeams caseTeams,
                 CurrentUser currentUser, UserDirectory directory, TermSuspensionRepository suspensions,
                 TermExtensionRepository extensions, ExtensionLetterWriter extensionLetters, JdbcClient jdbc,
                 AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.owner = owner;
        this.researchReports = researchReports;
        this.requests = requests;
        this.provisions = provisions;
        this.products = products;
        this.access = access;
        this.familyFacts = familyFacts;
        this.caseTeams = caseTeams;
        this.currentUser = currentUser;
        this.directory = directory;
        this.suspensions = suspensions;
        this.extensions = extensions;
        this.extensionLetters = extensionLetters;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Registers the extension of a provision as a new request for the same person and law, which goes through triage
     * and approval again. Asked for at the evaluation meeting, whose task the route has already checked: under the Wmo
     * and the Participatiewet that is the application, made in the conversation.
     */
    public Request registerExtension(long provisionId) {
        Provision provision = provisions.findById(provisionId).orElseThrow();
        Product product = products.findById(provision.getProductId()).orElseThrow();
        RequestDraft draft = new RequestDraft(provision.getPersonId(), product.getLaw(), Referrer.ACCESS_TEAM,
                Urgency.NORMAL, today(), null);
        String by = currentUser.username().orElse(CurrentUser.SYSTEM);
        Request extension = new Request(provision.getFamilyId(), draft, provisionId, by, clock.instant());
        if (extension.needsApplication()) {
            extension.apply(today(), ApplicationChannel.CONVERSATION, by, today());
        }
        return save(extension);
    }

    public void recordTriage(long requestId, TriageOutcome outcome, Set<TriageReason> reasons, String note) {
        Input.text(note, CaseworkLimits.TRIAGE_NOTE);
        Request request = changing(requestId, "audit.request.triaged");
        request.triage(outcome, reasons, note, currentUser.require().username(), clock.instant());
        requests.save(request);
    }

    /**
     * The provisional decision of a crisis (voorlopige voorziening): the provisions proposed so far are granted at
     * once, for the configured period at most, and the family gets a letter; the full route follows, and its final
     * decision replaces them.
     */
    public void decideProvisionally(long requestId, String motivation) {
        Input.text(motivation, CaseworkLimits.PROVISIONAL_MOTIVATION);
        Request request = changing(requestId, "audit.request.provisional");
        List<Provision> proposed = provisions.findByRequestIdAndStatus(requestId, ProvisionStatus.PROPOSED);
        if (proposed.isEmpty()) {
            throw new InvalidInput("casework.provisional.empty");
        }
        LocalDate until = owner.provisionalUntil();
        request.decideProvisionally(today(), until, currentUser.require().username(), motivation);
        proposed.forEach(provision -> provision.grantProvisionally(until));
        provisions.saveAll(proposed);
        requests.save(request);
        recordOutcome(proposed, "audit.provision.granted-provisionally");
        caseTeams.refresh(request.getFamilyId());
        events.publishEvent(new RequestDecidedProvisionally(requestId, request.getFamilyId()));
    }

    /** Refuses to leave the provisional decision of a crisis before it is recorded with the request. */
    public void requireProvisionalDecision(long requestId) {
        if (!find(requestId).isDecidedProvisionally()) {
            throw new InvalidInput("casework.provisional.required");
        }
    }

    /** The research is done: its report is recorded, and under the Wmo sent to the family in writing. */
    public void recordResearch(long requestId, ResearchFindings findings) {
        researchReports.record(requestId, findings);
    }

    /** Refuses to end the research of a request whose report is not recorded. */
    public void requireResearch(long requestId) {
        if (!researchReports.recorded(requestId)) {
            throw new InvalidInput("casework.research.required");
        }
    }

    /**
     * The proposal is complete. The signed-in consultant is recorded as its proposer, for the four-eyes rule, with
     * their motivation.
     */
    public void propose(long requestId, String motivation) {
        Input.text(motivation, CaseworkLimits.PROPOSAL_MOTIVATION);
        Request request = changing(requestId, "audit.request.proposed");
        if (provisions.findByRequestIdAndStatus(requestId, ProvisionStatus.PROPOSED).isEmpty()) {
            throw new InvalidInput("casework.proposal.empty");
        }
        request.propose(today(), currentUser.require().username(), motivation);
        requests.save(request);
    }

    /**
     * The proposal recorded with the request, which the approval routes on (not on facts a client passes to the
     * engine); refuses a request whose proposal was not recorded.
     */
    @Transactional(readOnly = true)
    public Proposal recordedProposal(long requestId) {
        Request request = find(requestId);
        List<Provision> proposed = provisions.findByRequestIdAndStatus(requestId, ProvisionStatus.PROPOSED);
        if (request.getProposedBy() == null || proposed.isEmpty()) {
            throw new InvalidInput("casework.proposal.not-recorded");
        }
        BigDecimal cost = proposed.stream().map(Provision::costPerYear).reduce(BigDecimal.ZERO, BigDecimal::add);
        int months = proposed.stream().mapToInt(RequestSteps::months).max().orElseThrow();
        boolean residential = proposed.stream()
                .anyMatch(provision -> products.findById(provision.getProductId()).orElseThrow().isResidential());
        return new Proposal(request.getProposedBy(), proposed.size(), cost, months, residential);
    }

    /**
     * The day the request's decision term runs from, once known: the application recorded with the request (under the
     * Jeugdwet the request itself). The route waits for it after the research, whatever a client passes to the engine.
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> application(long requestId) {
        return find(requestId).application();
    }

    /**
     * Work first (Participatiewet): the work track starts, with what was agreed and from when, by the signed-in
     * consultant.
     */
    public void startWorkTrack(long requestId, String agreements, LocalDate startsOn) {
        Input.text(agreements, CaseworkLimits.WORK_TRACK_AGREEMENTS);
        Input.date(startsOn, "workspace.task.work-track.starts-on");
        Request request = changing(requestId, "audit.request.work-track");
        request.startWorkTrack(agreements, startsOn, currentUser.require().username(), clock.instant());
        requests.save(request);
    }

    /** Refuses to end the task of the work track while its start is not recorded with the request. */
    @Transactional(readOnly = true)
    public void requireWorkTrack(long requestId) {
        if (find(requestId).getWorkTrackStartedAt() == null) {
            throw new InvalidInput("casework.work-track.required");
        }
    }

    /** The "nee, tenzij" check; a doubt sends the case to the panel with {@code questionToPanel}. */
    public void recordNeeTenzij(long requestId, NeeTenzijOutcome outcome, List<RefusalReason> reasons,
                                String alternatives, String questionToPanel) {
        Input.text(alternatives, CaseworkLimits.ALTERNATIVES);
        Input.text(questionToPanel, CaseworkLimits.PANEL_QUESTION);
        Request request = changing(requestId, "audit.request.nee-tenzij");
        request.checkNeeTenzij(outcome, reasons, alternatives, questionToPanel, currentUser.require().username(),
                clock.instant());
        requests.save(request);
        caseTeams.refresh(request.getFamilyId());
    }

    public void recordPanelDecision(long requestId, NeeTenzijOutcome outcome, List<RefusalReason> reasons,
                                    String alternatives) {
        Input.text(alternatives, CaseworkLimits.ALTERNATIVES);
        Request request = find(requestId);
        access.requireVerdict(request.getFamilyId(), "audit.request.panel", null);
        request.decideAtPanel(outcome, reasons, alternatives, currentUser.require().username(), clock.instant());
        requests.save(request);
        caseTeams.refresh(request.getFamilyId());
    }

    /**
     * Refuses {@code username} as the one who gives or will give a verdict on the request's proposal at {@code level},
     * unless the four-eyes rule allows them ({@link Request#requireJudge}).
     */
    public void requireJudge(long requestId, String username, ApprovalLevel level) {
        Request request = requests.findById(requestId)
                .orElseThrow(() -> new VerdictRefused("Request " + requestId + " is unknown"));
        request.requireJudge(judge(username), level);
    }

    /**
     * Those of {@code candidates} whom the four-eyes rule ({@link Request#requireJudge}) lets give a verdict on the
     * request's proposal at {@code level}, so that the route offers the task to no one it would refuse.
     */
    public List<String> judgesAmong(long requestId, List<DirectoryUser> candidates, ApprovalLevel level) {
        Request request = requests.findById(requestId)
                .orElseThrow(() -> new VerdictRefused("Request " + requestId + " is unknown"));
        return candidates.stream().filter(candidate -> request.mayJudge(candidate, level))
                .map(DirectoryUser::username).toList();
    }

    /**
     * Records the verdict of {@code username}, a reviewer or manager, on the proposal: an approval, or a rejection
     * with its reason. Whichever path completes the review, the route records it here, once, in the transaction that
     * completes the task; so a refused verdict leaves the task open.
     */
    public void recordVerdict(long requestId, ApprovalLevel level, String username, Boolean approved, String reason) {
        if (approved == null) {
            throw new InvalidInput("casework.verdict.required");
        }
        if (!approved && (reason == null || reason.isBlank())) {
            throw new InvalidInput("casework.verdict.reason.required");
        }
        Input.text(reason, CaseworkLimits.VERDICT_REASON);
        Request request = find(requestId);
        if (!request.isOpen()) {
            throw new InvalidInput("casework.request.closed");
        }
        DirectoryUser judge = judge(username);
        request.requireJudge(judge, level);
        jdbc.sql("""
                        insert into approval_verdict (request_id, level, decided_by, decided_at, approved, reason)
                        values (:requestId, :level, :decidedBy, :decidedAt, :approved, :reason)""")
                .param("requestId", requestId)
                .param("level", level.name())
                .param("decidedBy", judge.username())
                .param("decidedAt", java.sql.Timestamp.from(clock.instant()))
                .param("approved", approved)
                .param("reason", reason)
                .update();
        access.recordChangeBy(request.getFamilyId(), judge.username(), "audit.request.verdict", level.name());
    }

    private DirectoryUser judge(String username) {
        return directory.findUser(username).orElseThrow(() -> new VerdictRefused(username + " is no known user"));
    }

    /** The outcome of triage recorded with the request, which the route follows; refuses triage not recorded. */
    @Transactional(readOnly = true)
    public TriageOutcome triageOutcome(long requestId) {
        return Optional.ofNullable(find(requestId).getTriageOutcome())
                .orElseThrow(() -> new InvalidInput("casework.request.triage.outcome.required"));
    }

    /**
     * The answer of the "nee, tenzij" check ({@code atPanel} false) or of the panel recorded with the request, which
     * the route follows; refuses an answer not recorded.
     */
    @Transactional(readOnly = true)
    public NeeTenzijOutcome neeTenzijOutcome(long requestId, boolean atPanel) {
        Request request = find(requestId);
        return Optional.ofNullable(atPanel ? request.getPanelOutcome() : request.getNeeTenzijOutcome())
                .orElseThrow(() -> new InvalidInput("casework.request.nee-tenzij.outcome.required"));
    }

    /**
     * Grants the request's proposed provisions with the decision. The route calls this when the decision is made,
     * after the decision task's checks; it returns what the care's own route needs.
     */
    public List<GrantedCare> grant(long requestId) {
        Request request = find(requestId);
        List<Provision> proposed = provisions.findByRequestIdAndStatus(requestId, ProvisionStatus.PROPOSED);
        proposed.forEach(Provision::grant);
        provisions.saveAll(proposed);
        recordOutcome(proposed, "audit.provision.granted");
        endProvisionalGrant(requestId);
        close(request, RequestStatus.GRANTED);
        LocalDate birthDate = familyFacts.member(request.getPersonId()).orElseThrow().birthDate();
        return proposed.stream().map(provision -> new GrantedCare(provision.getId(), provision.getFamilyId(),
                provision.getPersonId(), birthDate, request.getLaw(),
                products.findById(provision.getProductId()).orElseThrow().isResidential(),
                provision.carePeriod().start(), provision.carePeriod().end())).toList();
    }

    /**
     * A well-founded objection against a refusal: the provisions that were not granted are granted after all, and
     * the request is granted (its rule: {@link Request#grantOnObjection}). Returns what the care's own route needs;
     * nothing for a request that was granted, whose revision is the letter on the objection itself.
     */
    public List<GrantedCare> grantOnObjection(long requestId) {
        Request request = find(requestId);
        if (request.getStatus() != RequestStatus.REFUSED) {
            return List.of();
        }
        request.grantOnObjection(today());
        requests.save(request);
        List<Provision> refused = provisions.findByRequestIdAndStatus(requestId, ProvisionStatus.NOT_GRANTED);
        refused.forEach(Provision::grantOnObjection);
        provisions.saveAll(refused);
        recordOutcome(refused, "audit.provision.granted-on-objection");
        caseTeams.refresh(request.getFamilyId());
        LocalDate birthDate = familyFacts.member(request.getPersonId()).orElseThrow().birthDate();
        return refused.stream().map(provision -> new GrantedCare(provision.getId(), provision.getFamilyId(),
                provision.getPersonId(), birthDate, request.getLaw(),
                products.findById(provision.getProductId()).orElseThrow().isResidential(),
                provision.carePeriod().start(), provision.carePeriod().end())).toList();
    }

    /**
     * Closes the request without granting anything: solved at triage, refused, withdrawn or closed without a decision
     * (whose reason was recorded first). The route calls this at
     * the end it reached; what was proposed is not granted.
     */
    public void closeWithout(long requestId, RequestStatus outcome) {
        if (outcome == RequestStatus.GRANTED || outcome == RequestStatus.OPEN) {
            throw new IllegalArgumentException("Not an outcome without a grant: " + outcome);
        }
        Request request = find(requestId);
        List<Provision> proposed = provisions.findByRequestIdAndStatus(requestId, ProvisionStatus.PROPOSED);
        proposed.forEach(Provision::notGrant);
        provisions.saveAll(proposed);
        recordOutcome(proposed, "audit.provision.not-granted");
        endProvisionalGrant(requestId);
        close(request, outcome);
    }

    /** A provisional grant lasts until the request's end: the final decision replaces it, a refusal ends it. */
    private void endProvisionalGrant(long requestId) {
        List<Provision> provisional = provisions.findByRequestIdAndProvisionalTrue(requestId).stream()
                .filter(provision -> provision.getStatus() == ProvisionStatus.GRANTED).toList();
        provisional.forEach(provision -> provision.replace(today()));
        provisions.saveAll(provisional);
        recordOutcome(provisional, "audit.provision.provisional-ended");
    }

    /**
     * The family withdraws the request: a member signed in to the portal who sees the member it is about, or a
     * consultant with access who records it. The route then ends at once and closes it ({@link #closeWithout}).
     */
    public void recordWithdrawal(long requestId, String reason) {
        Input.text(reason, CaseworkLimits.CLOSE_REASON);
        Request request = find(requestId);
        DirectoryUser caller = currentUser.require();
        boolean inPortal = caller.role() == Role.FAMILY;
        if (inPortal) {
            access.requireMemberChange(request.getFamilyId(), request.getPersonId(), AuditAction.UPDATE,
                    "audit.request.withdrawn", String.valueOf(requestId));
        } else {
            access.requireChange(request.getFamilyId(), AuditAction.UPDATE, "audit.request.withdrawn",
                    String.valueOf(requestId));
        }
        request.recordWithdrawal(reason, inPortal, caller.username(), clock.instant());
        requests.save(request);
    }

    /** The consultant closes the request without a decision, with a reason; the route then ends at once. */
    public void recordClosingWithoutDecision(long requestId, String reason) {
        Input.text(reason, CaseworkLimits.CLOSE_REASON);
        Request request = changing(requestId, "audit.request.closed-without-decision");
        request.recordClosingWithoutDecision(reason, currentUser.require().username(), clock.instant());
        requests.save(request);
    }

    /**
     * A manager of the request's team reopens it ({@link Request#reopen}); what was proposed for it is proposed again.
     * A refusal is on the audit trail. The days it was closed are kept as a period among its suspensions, in the same
     * transaction, so they do not count for its term.
     *
     * @return the days it was closed
     */
    public int reopen(long requestId) {
        Request request = find(requestId);
        TermSuspension closed;
        try {
            closed = request.reopen(currentUser.require(), today(), owner.reopenWithin(), clock.instant());
        } catch (InvalidInput refused) {
            audit.recordDenial(request.getFamilyId(), "audit.request.reopened", Set.of(request.getLaw().teamCode()));
            throw refused;
        }
        access.requireVerdict(request.getFamilyId(), "audit.request.reopened", String.valueOf(requestId));
        requests.save(request);
        suspensions.save(closed);
        List<Provision> notGranted = provisions.findByRequestIdAndStatus(requestId, ProvisionStatus.NOT_GRANTED);
        notGranted.forEach(Provision::proposeAgain);
        provisions.saveAll(notGranted);
        caseTeams.refresh(request.getFamilyId());
        return closed.suspendedDays();
    }

    /**
     * The consultant suspends the request's term (opschorten, Awb 4:15) while waiting for the family: why, what is
     * asked and by when. The request refuses a second suspension while one runs.
     */
    public TermSuspension suspend(long requestId, String reason, String asked, LocalDate until) {
        Input.text(reason, CaseworkLimits.SUSPENSION_REASON);
        Input.text(asked, CaseworkLimits.SUSPENSION_ASKED);
        if (until != null) {
            Input.date(until, "workspace.term.suspend.until");
        }
        Request request = changing(requestId, "audit.request.suspended");
        return suspensions.save(request.suspend(suspensions.findRunning(requestId).isPresent(), reason, asked, until,
                today(), currentUser.require().username(), clock.instant()));
    }

    /** The consultant resumes the suspended term; refuses a term that is not suspended. */
    public TermSuspension resume(long requestId) {
        changing(requestId, "audit.request.resumed");
        return end(requestId, SuspensionEnd.CONSULTANT, currentUser.require().username())
                .orElseThrow(() -> new InvalidInput("casework.suspension.not-running"));
    }

    /**
     * Ends the running suspension without a consultant: the family answered in the portal, or the until-date passed
     * ({@code how}); recorded on the family's timeline in the name of whoever is signed in (the member), else the
     * system. Empty when no suspension runs (it already ended another way).
     */
    public Optional<TermSuspension> resumeWithoutConsultant(long requestId, SuspensionEnd how) {
        if (how == SuspensionEnd.CONSULTANT) {
            throw new IllegalArgumentException("A consultant resumes through resume()");
        }
        String by = currentUser.username().orElse(CurrentUser.SYSTEM);
        Optional<TermSuspension> ended = end(requestId, how, by);
        ended.ifPresent(suspension -> access.recordChangeBy(find(requestId).getFamilyId(), by,
                "audit.request.resumed", String.valueOf(requestId)));
        return ended;
    }

    private Optional<TermSuspension> end(long requestId, SuspensionEnd how, String by) {
        Optional<TermSuspension> running = suspensions.findRunning(requestId);
        running.ifPresent(suspension -> {
            LocalDate on = how == SuspensionEnd.UNTIL_PASSED ? suspension.getUntilDate().plusDays(1) : today();
            suspension.end(how, on, by, clock.instant());
            suspensions.save(suspension);
        });
        return running;
    }

    /** The family's requests whose term is suspended now, which an answer of the family resumes. */
    @Transactional(readOnly = true)
    public List<Long> suspendedRequestsOf(long familyId) {
        return suspensions.findSuspendedRequestsOfFamily(familyId);
    }

    /** The days the request's ended suspensions held its term still on or after {@code from}, a term's start. */
    @Transactional(readOnly = true)
    public int suspendedDaysSince(long requestId, LocalDate from) {
        return suspensions.findByRequest(requestId).stream()
                .mapToInt(suspension -> suspension.suspendedDaysSince(from)).sum();
    }

    /**
     * The consultant extends the term that ends on {@code termDue} to {@code newDate} (verdagen, Awb 4:14); the
     * request refuses a second extension, one after the term ended and a date not after it.
     */
    public TermExtension extend(long requestId, LocalDate termDue, LocalDate newDate, String reason) {
        Input.text(reason, CaseworkLimits.EXTENSION_REASON);
        if (newDate != null) {
            Input.date(newDate, "workspace.term.extend.date");
        }
        Request request = changing(requestId, "audit.request.extended");
        String consultant = currentUser.require().username();
        TermExtension extension = extensions.save(request.extend(extensions.existsById(requestId), termDue, newDate,
                reason, today(), consultant, clock.instant()));
        // the letter that tells the family, kept as it was sent: in the portal's letters
        byte[] letter = extensionLetters.write(request, extension,
                familyFacts.member(request.getPersonId()).orElseThrow(), directory.fullNameOf(consultant), today());
        jdbc.sql("update term_extension set letter = :letter, letter_sha256 = :sha256 where request_id = :id")
                .param("letter", letter).param("sha256", Sha256.hex(letter)).param("id", requestId).update();
        events.publishEvent(new ExtensionLetterMade(requestId, request.getFamilyId(), request.getPersonId()));
        return extension;
    }

    /** The date the request's term was extended to, if it was. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> extendedTo(long requestId) {
        return extensions.findById(requestId).map(TermExtension::getExtendedTo);
    }

    private Request save(Request request) {
        return owner.save(request);
    }

    private void close(Request request, RequestStatus outcome) {
        owner.close(request, outcome);
        end(request.getId(), SuspensionEnd.CLOSED, currentUser.username().orElse(CurrentUser.SYSTEM));
    }

    private Request changing(long requestId, String subject) {
        return owner.changing(requestId, subject);
    }

    /** The family's timeline says which proposed provisions the decision granted or not, each by its product. */
    private void recordOutcome(List<Provision> decided, String subject) {
        String decidedBy = currentUser.username().orElse(CurrentUser.SYSTEM);
        decided.forEach(provision -> access.recordChangeBy(provision.getFamilyId(), decidedBy, subject,
                products.findById(provision.getProductId()).orElseThrow().getName()));
    }

    private Request find(long requestId) {
        return owner.find(requestId);
    }

    private LocalDate today() {
        return owner.today();
    }

    private static int months(Provision provision) {
        return (int) Math.max(1, Math.ceil(ChronoUnit.DAYS.between(provision.getAllocationStart(),
                provision.getAllocationEnd().plusDays(1)) / 30.44));
    }
}
