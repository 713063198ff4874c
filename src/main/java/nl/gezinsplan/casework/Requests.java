package nl.gezinsplan.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.family.FamilyFacts;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for help as screens and other modules see them: registering one, reading it, its verdicts. What happens to
 * a request along its route is recorded through {@link RequestSteps}, which only the route uses; the rules of the
 * route (what triage may close, what a refusal needs, who may judge a proposal) are the request's own.
 */
@Service
@Transactional
public class Requests {

    private final RequestRepository requests;
    private final TermSuspensionRepository suspensions;
    private final FamilyAccess access;
    private final FamilyFacts familyFacts;
    private final CaseTeams caseTeams;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Period provisionalPeriod;
    private final Period reopenWithin;

    Requests(RequestRepository requests, TermSuspensionRepository suspensions, FamilyAccess access,
             FamilyFacts familyFacts, CaseTeams caseTeams, CurrentUser currentUser, ApplicationEventPublisher events,
             JdbcClient jdbc, Clock clock,
             @Value("${gezinsplan.casework.provisional-period:P4W}") Period provisionalPeriod,
             @Value("${gezinsplan.workflow.request.reopen-within:P3M}") Period reopenWithin) {
        this.requests = requests;
        this.suspensions = suspensions;
        this.access = access;
        this.familyFacts = familyFacts;
        this.caseTeams = caseTeams;
        this.currentUser = currentUser;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.provisionalPeriod = provisionalPeriod;
        this.reopenWithin = reopenWithin;
    }

    /** Registers a request for a member of the family; its route starts in the same transaction. */
    public Request register(long familyId, RequestDraft draft) {
        validate(familyId, draft);
        access.requireChange(familyId, AuditAction.CREATE, "audit.request.registered", null);
        return save(new Request(familyId, draft, null, currentUser.require().username(), clock.instant()));
    }

    public Request get(long requestId) {
        Request request = find(requestId);
        access.requireRead(request.getFamilyId(), "audit.request.read", null);
        return request;
    }

    public List<Request> ofFamily(long familyId) {
        access.requireRead(familyId, "audit.requests.read", null);
        return requests.findByFamily(familyId);
    }

    /**
     * The family's requests about {@code personIds}: for a family member in the portal, the members they see; newest
     * first. The read is audited.
     */
    public List<Request> ofMembers(long familyId, Set<Long> personIds) {
        access.requireReadByStaffOrMember(familyId, "audit.requests.read", null);
        return requests.findByFamily(familyId).stream()
                .filter(request -> personIds.contains(request.getPersonId())).toList();
    }

    /**
     * The number and a short subject (the start of the family's question) of each of the requests whose family the
     * caller may read, so two tasks of the same kind for the same person can be told apart; one query for them all.
     */
    @Transactional(readOnly = true)
    public Map<Long, RequestSubject> subjects(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        record Row(long id, long familyId, String description) {
        }
        Map<Long, Boolean> readable = new HashMap<>();
        Map<Long, RequestSubject> subjects = new HashMap<>();
        jdbc.sql("select id, family_id, description from request where id in (:ids)")
                .param("ids", requestIds)
                .query((rs, row) -> new Row(rs.getLong("id"), rs.getLong("family_id"), rs.getString("description")))
                .list().stream()
                .filter(row -> readable.computeIfAbsent(row.familyId(), access::mayRead))
                .forEach(row -> subjects.put(row.id(), RequestSubject.of(row.id(), row.description())));
        return subjects;
    }

    public List<ApprovalVerdict> verdictsOf(long requestId) {
        access.requireRead(find(requestId).getFamilyId(), "audit.request.read", null);
        return jdbc.sql("""
                        select level, decided_by, decided_at, approved, reason from approval_verdict
                        where request_id = :requestId order by decided_at, id""")
                .param("requestId", requestId)
                .query((rs, row) -> new ApprovalVerdict(ApprovalLevel.valueOf(rs.getString("level")),
                        rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant(),
                        rs.getBoolean("approved"), rs.getString("reason")))
                .list();
    }

    /** The periods the request was closed before a manager reopened it, oldest first: not counted for its term. */
    public List<TermSuspension> closedPeriodsOf(long requestId) {
        access.requireRead(find(requestId).getFamilyId(), "audit.request.read", null);
        return suspensions.findByRequest(requestId).stream().filter(TermSuspension::isClosedPeriod).toList();
    }

    /** Whether the signed-in user may reopen the request today ({@link Request#reopen}): for a screen's actions. */
    @Transactional(readOnly = true)
    public boolean mayReopen(Request request) {
        return currentUser.get().filter(user -> request.mayReopen(user, today(), reopenWithin)).isPresent();
    }

    /** How long after its closing a manager may reopen a withdrawn request or one closed without a decision. */
    Period reopenWithin() {
        return reopenWithin;
    }

    /**
     * The consultant records the person's application (aanvraag) under the Wmo or the Participatiewet, made on paper
     * or in a conversation on {@code on}; the route waiting for it moves on, and the decision term runs from that day.
     */
    public void apply(long requestId, LocalDate on, ApplicationChannel channel) {
        if (channel == ApplicationChannel.PORTAL) {
            throw new InvalidInput("casework.application.required");
        }
        Input.date(on, "casework.application.date.label");
        applied(changing(requestId, "audit.request.applied"), on, channel);
    }

    /** Records the application with the open request, whose change the caller has checked, and says it was made. */
    void applied(Request request, LocalDate on, ApplicationChannel channel) {
        request.apply(on, channel, currentUser.require().username(), today());
        requests.save(request);
        events.publishEvent(new ApplicationMade(request.getId(), request.getFamilyId(), on));
    }

    void close(Request request, RequestStatus outcome) {
        request.close(outcome, today());
        requests.save(request);
        caseTeams.refresh(request.getFamilyId());
        events.publishEvent(new RequestClosed(request.getId(), request.getFamilyId(), outcome));
    }

    Request save(Request request) {
        Request saved = requests.save(request);
        caseTeams.refresh(saved.getFamilyId());
        events.publishEvent(new RequestRegistered(saved.getId(), saved.getFamilyId(), saved.getPersonId(),
                saved.getLaw(), saved.getReferrer(), saved.getUrgency(), saved.getRequestedOn(),
                saved.getExtensionOf() != null));
        return saved;
    }

    /** The open request, for a step of its route that the family's timeline records as {@code subject}. */
    Request changing(long requestId, String subject) {
        Request request = find(requestId);
        access.requireChange(request.getFamilyId(), AuditAction.UPDATE, subject, String.valueOf(requestId));
        if (!request.isOpen()) {
            throw new InvalidInput("casework.request.closed");
        }
        return request;
    }

    Request find(long requestId) {
        return requests.findById(requestId).orElseThrow(() -> new InvalidInput("casework.request.unknown"));
    }

    private void validate(long familyId, RequestDraft draft) {
        if (draft.personId() == null) {
            throw new InvalidInput("casework.request.person.required");
        }
        if (!familyFacts.isMember(familyId, draft.personId())) {
            throw new InvalidInput("casework.request.person.not-in-family");
        }
        if (draft.law() == null) {
            throw new InvalidInput("casework.request.law.required");
        }
        if (draft.referrer() == null) {
            throw new InvalidInput("casework.request.referrer.required");
        }
        if (draft.urgency() == null) {
            throw new InvalidInput("casework.request.urgency.required");
        }
        if (draft.requestedOn() == null) {
            throw new InvalidInput("casework.request.date.required");
        }
        Input.date(draft.requestedOn(), "casework.request.requested-on");
        if (draft.requestedOn().isAfter(today())) {
            throw new InvalidInput("casework.request.date.future");
        }
        Input.text(draft.description(), CaseworkLimits.REQUEST_DESCRIPTION);
    }


    /** The last day of the care a crisis's provisional decision grants when it is taken today. */
    public LocalDate provisionalUntil() {
        return today().plus(provisionalPeriod);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
