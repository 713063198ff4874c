package nl.gezinsplan.objection;

import java.time.Clock;
import java.time.LocalDate;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of an objection's route, for the route only ({@code workflow}): admissibility, the informal talk, the
 * hearing, the committee's advice, the decision, the extension of its term and the revision of the decision it was
 * against. The objection refuses what the law and the order of the steps forbid ({@link Objection}); the route asks
 * here what was recorded and routes on that. Each step checks the caller's right to change the family's file and is
 * audited.
 */
@Service
@Transactional
@NamedInterface("route")
public class ObjectionSteps {

    private final ObjectionRepository objections;
    private final Objections owner;
    private final FamilyAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ObjectionSettings settings;
    private final Clock clock;

    ObjectionSteps(ObjectionRepository objections, Objections owner, FamilyAccess access, CurrentUser currentUser,
                   ApplicationEventPublisher events, ObjectionSettings settings, Clock clock) {
        this.objections = objections;
        this.owner = owner;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    public void assessAdmissibility(long objectionId, Boolean admissible, String reason) {
        Objection objection = changing(objectionId, "audit.objection.admissibility");
        objection.assessAdmissibility(admissible, reason, by(), today());
        save(objection);
    }

    public void recordTalk(long objectionId, LocalDate heldOn, String report, boolean resolved) {
        Objection objection = changing(objectionId, "audit.objection.talk");
        objection.recordTalk(heldOn, report, resolved, by(), today());
        save(objection);
    }

    public void recordHearing(long objectionId, LocalDate heldOn, String attendees, String report) {
        Objection objection = changing(objectionId, "audit.objection.hearing");
        objection.recordHearing(heldOn, attendees, report, today());
        save(objection);
    }

    public void recordAdvice(long objectionId, ObjectionVerdict advice, String text) {
        Objection objection = changing(objectionId, "audit.objection.advice");
        objection.recordAdvice(advice, text);
        save(objection);
    }

    public void decide(long objectionId, ObjectionVerdict verdict, String motivation) {
        Objection objection = changing(objectionId, "audit.objection.decided");
        objection.decide(verdict, motivation, by(), today());
        save(objection);
    }

    /** Extends the term of the decision once; returns the new due date. */
    public LocalDate extend(long objectionId, String reason) {
        Objection objection = changing(objectionId, "audit.objection.extended");
        objection.extend(reason, settings.extension(), by(), today());
        save(objection);
        return objection.getDecisionDue();
    }

    /** The well-founded objection's decision revised (the route grants what it refused); returns the request. */
    public long revise(long objectionId) {
        Objection objection = owner.find(objectionId);
        objection.revised(today());
        objections.save(objection);
        return objection.getRequestId();
    }

    /** The step the objection waits for, as recorded: the route routes on this. */
    @Transactional(readOnly = true)
    public ObjectionStage stage(long objectionId) {
        return owner.find(objectionId).stage();
    }

    @Transactional(readOnly = true)
    public ObjectionStatus status(long objectionId) {
        return owner.find(objectionId).getStatus();
    }

    private Objection changing(long objectionId, String subject) {
        Objection objection = owner.find(objectionId);
        access.requireChange(objection.getFamilyId(), AuditAction.UPDATE, subject,
                Objections.reference(objection.getRequestId()));
        return objection;
    }

    private void save(Objection objection) {
        ObjectionStatus before = objections.findById(objection.getId()).orElseThrow().getStatus();
        objections.save(objection);
        if (before == ObjectionStatus.OPEN && objection.getStatus() != ObjectionStatus.OPEN) {
            events.publishEvent(new ObjectionConcluded(objection.getId(), objection.getFamilyId(),
                    objection.getStatus()));
        }
    }

    private String by() {
        return currentUser.username().orElse(CurrentUser.SYSTEM);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
