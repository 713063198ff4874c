package nl.gezinsplan.decision;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gezinsplan.base.AfterCommit;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.casework.CaseFacts;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestClosed;
import nl.gezinsplan.casework.RequestDecidedProvisionally;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.family.FamilyFacts;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision letters (beschikkingen) of a family. A letter is made right after a request is granted or refused,
 * outside the transaction that closes the request; a letter that failed is made when the event is offered again
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
    private final FamilyAccess access;
    private final AuditLog audit;
    private final CaseFacts cases;
    private final FamilyFacts families;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    DecisionLetters(DecisionLetterRepository letters, Decisions decisions, DecisionLetterWriter writer,
                    FamilyAccess access, AuditLog audit, CaseFacts cases, FamilyFacts families, CurrentUser currentUser,
                    JdbcClient jdbc, Clock clock) {
        this.letters = letters;
        this.decisions = decisions;
        this.writer = writer;
        this.access = access;
        this.audit = audit;
        this.cases = cases;
        this.families = families;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The family's letters, newest first, without their content; a family member reads only their own family's. */
    public List<DecisionLetterSummary> lettersOf(long familyId) {
        access.requireReadByStaffOrMember(familyId, "audit.decision.letters.read", null);
        List<Listed> listed = jdbc.sql("""
                        select id, request_id, kind from decision_letter where family_id = :familyId
                        order by created_at desc, id desc""")
                .param("familyId", familyId)
                .query(Listed.class)
                .list();
        Map<Long, Request> requests = cases.requests(listed.stream().map(Listed::requestId).toList());
        Map<Long, String> names = families.memberNames(familyId);
        return listed.stream()
                .map(letter -> {
                    Request request = requests.get(letter.requestId());
                    return new DecisionLetterSummary(letter.id(), letter.requestId(), letter.kind(), request.getLaw(),
                            request.getPersonId(), names.get(request.getPersonId()),
                            letter.kind() == DecisionKind.PROVISIONAL ? request.getProvisionalOn() : request.getClosedOn());
                })
                .toList();
    }

    /** One letter as it was sent; a family member gets only a letter about a member they see. */
    public DecisionLetterFile download(long letterId) {
        DecisionLetter letter = letters.findById(letterId)
                .orElseThrow(() -> new InvalidInput("decision.letter.unknown"));
        String fileName = DecisionLetterFile.fileName(letter.getRequestId(), letter.getKind());
        long personId = cases.request(letter.getRequestId()).orElseThrow().getPersonId();
        access.requireReadByStaffOrMember(letter.getFamilyId(), personId, "audit.decision.letter.downloaded", fileName);
        return new DecisionLetterFile(fileName, letter.getContent(), letter.getSha256());
    }

    private record Listed(long id, long requestId, DecisionKind kind) {
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
        letters.save(new DecisionLetter(requestId, familyId, kind, pdf, clock.instant(),
                currentUser.username().orElse(CurrentUser.SYSTEM)));
        // the trail names a person; a letter the route made by itself is recorded with its maker in the table
        if (currentUser.username().isPresent()) {
            audit.record(AuditAction.CREATE, familyId, "audit.decision.letter." + kind,
                    DecisionLetterFile.fileName(requestId, kind), Set.of(decision.law().teamCode()));
        }
    }
}
