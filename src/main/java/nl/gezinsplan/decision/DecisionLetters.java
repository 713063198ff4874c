package nl.gezinsplan.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gezinsplan.base.AfterCommit;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.benefit.MeasureImposed;
import nl.gezinsplan.benefit.ReexaminationOutcome;
import nl.gezinsplan.benefit.RightReexamined;
import nl.gezinsplan.casework.CaseFacts;
import nl.gezinsplan.casework.RequestClosed;
import nl.gezinsplan.casework.RequestDecidedProvisionally;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.family.FamilyFacts;
import nl.gezinsplan.family.MemberFacts;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision letters (beschikkingen) of a family. A letter is made right after a request is granted or refused,
 * or a measure is imposed on a right to income support or its re-examination changes or ends it, outside the
 * transaction that made the decision; a letter that failed is made when the event is offered again
 * ({@link AfterCommit}). Reading the letters checks the reader's right to the family and is audited, whoever reads
 * them: colleagues, and family members in the portal, who may download only the letters of members they see (a youth
 * of 16 or older has their own say); the portal lists only those.
 */
@Service
@Transactional
public class DecisionLetters {


    private final DecisionLetterRepository letters;
    private final Decisions decisions;
    private final DecisionLetterWriter writer;
    private final RightLetterWriter rightLetters;
    private final FamilyAccess access;
    private final AuditLog audit;
    private final CaseFacts cases;
    private final FamilyFacts families;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DecisionLetters(DecisionLetterRepository letters, Decisions decisions, DecisionLetterWriter writer,
                    RightLetterWriter rightLetters, FamilyAccess access, AuditLog audit, CaseFacts cases, FamilyFacts families, CurrentUser currentUser,
                    JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.letters = letters;
        this.decisions = decisions;
        this.writer = writer;
        this.rightLetters = rightLetters;
        this.access = access;
        this.audit = audit;
        this.cases = cases;
        this.families = families;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** The family's letters, newest first, without their content; a family member reads only their own family's. */
    public List<DecisionLetterSummary> lettersOf(long familyId) {
        access.requireReadByStaffOrMember(familyId, "audit.decision.letters.read", null);
        List<Listed> listed = jdbc.sql("""
                        select id, request_id, subject_id, kind, law, person_id, dated from decision_letter
                        where family_id = :familyId order by created_at desc, id desc""")
                .param("familyId", familyId)
                .query(Listed.class)
                .list();
        Map<Long, String> names = families.memberNames(familyId);
        return listed.stream()
                .map(letter -> new DecisionLetterSummary(letter.id(), letter.requestId(), letter.kind(), letter.law(),
                        letter.personId(), names.get(letter.personId()), letter.dated(),
                        DecisionLetterFile.fileName(letter.kind(), letter.requestId(), letter.subjectId())))
                .toList();
    }

    /** One letter as it was sent; a family member gets only a letter about a member they see. */
    public DecisionLetterFile download(long letterId) {
        DecisionLetter letter = letters.findById(letterId)
                .orElseThrow(() -> new InvalidInput("decision.letter.unknown"));
        String fileName = letter.fileName();
        access.requireReadByStaffOrMember(letter.getFamilyId(), letter.getPersonId(), "audit.decision.letter.downloaded",
                fileName);
        return new DecisionLetterFile(fileName, letter.getContent(), letter.getSha256());
    }

    private record Listed(long id, Long requestId, Long subjectId, DecisionKind kind, Law law, long personId,
                          LocalDate dated) {
    }

    /** Once the request is closed, its letter is written: once, even when the event is offered again. */
    @AfterCommit
    void write(RequestClosed closed) {
        DecisionKind.of(closed.outcome()).ifPresent(kind -> write(closed.requestId(), closed.familyId(), kind));
    }

    /** A crisis's provisional decision gets its letter at once, beside the final one that follows. */
    @AfterCommit
    void write(RequestDecidedProvisionally decided) {
        write(decided.requestId(), decided.familyId(), DecisionKind.PROVISIONAL);
    }

    private void write(long requestId, long familyId, DecisionKind kind) {
        if (letters.existsByRequestIdAndKind(requestId, kind)) {
            return;
        }
        Decision decision = decisions.of(requestId, kind);
        byte[] pdf = writer.write(decision, currentUser.get());
        long personId = cases.request(requestId).orElseThrow().getPersonId();
        DecisionLetter letter = letters.save(new DecisionLetter(requestId, null, familyId, personId, decision.law(),
                kind, decision.decidedOn(), pdf, clock.instant(), currentUser.username().orElse(CurrentUser.SYSTEM)));
        events.publishEvent(new DecisionLetterMade(letter.getId(), familyId, personId));
        // the trail names a person; a letter the route made by itself is recorded with its maker in the table
        if (currentUser.username().isPresent()) {
            audit.record(AuditAction.CREATE, familyId, "audit.decision.letter." + kind, letter.fileName(),
                    Set.of(decision.law().teamCode()));
        }
    }

    /** Once a measure is imposed, its letter is written: once, even when the event is offered again. */
    @AfterCommit
    void write(MeasureImposed imposed) {
        write(new RightDecision(DecisionKind.MEASURE, imposed.measureId(), imposed.requestId(), imposed.familyId(),
                imposed.personId(), null, null, List.of(), imposed.imposedOn(), imposed.right(), imposed.obligation(),
                imposed.percentage(), imposed.months(), imposed.startsOn(), imposed.endsOn(), imposed.motivation()));
    }

    /** Once a re-examination changed or ended a right, its letter is written: once. */
    @AfterCommit
    void write(RightReexamined reexamined) {
        DecisionKind kind = reexamined.outcome() == ReexaminationOutcome.ENDS ? DecisionKind.RIGHT_ENDED
                : DecisionKind.RIGHT_CHANGED;
        write(new RightDecision(kind, reexamined.reexaminationId(), reexamined.requestId(), reexamined.familyId(),
                reexamined.personId(), null, null, List.of(), reexamined.decidedOn(), reexamined.right(), null, 0, 0,
                null, reexamined.endsOn(), reexamined.findings()));
    }

    private void write(RightDecision facts) {
        if (letters.existsByKindAndSubjectId(facts.kind(), facts.subjectId())) {
            return;
        }
        MemberFacts person = families.member(facts.personId()).orElseThrow();
        RightDecision decision = new RightDecision(facts.kind(), facts.subjectId(), facts.requestId(),
                facts.familyId(), facts.personId(), person.name(), person.birthDate(),
                Decisions.address(families.address(facts.familyId())), facts.decidedOn(), facts.right(),
                facts.obligation(), facts.percentage(), facts.months(), facts.startsOn(), facts.endsOn(), facts.text());
        byte[] pdf = rightLetters.write(decision, currentUser.get());
        DecisionLetter letter = letters.save(new DecisionLetter(facts.requestId(), facts.subjectId(),
                facts.familyId(), facts.personId(), Law.PARTICIPATIEWET, facts.kind(), facts.decidedOn(), pdf,
                clock.instant(), currentUser.username().orElse(CurrentUser.SYSTEM)));
        events.publishEvent(new DecisionLetterMade(letter.getId(), facts.familyId(), facts.personId()));
        if (currentUser.username().isPresent()) {
            audit.record(AuditAction.CREATE, facts.familyId(), "audit.decision.letter." + facts.kind(),
                    letter.fileName(), Set.of(Law.PARTICIPATIEWET.teamCode()));
        }
    }
}
