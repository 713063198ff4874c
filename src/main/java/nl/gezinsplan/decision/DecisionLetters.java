package nl.gezinsplan.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.RequestClosed;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision letters (beschikkingen) of a family. A letter is made when a request is granted or refused, in the
 * transaction that closes it: no decision without its letter. Reading the letters checks the reader's right to the
 * family and is audited, whoever reads them: colleagues, and family members in the portal, who may download only the
 * letters of members they see (a youth of 16 or older has their own say); the portal lists only those.
 */
@Service
@Transactional
public class DecisionLetters {

    private static final String SUMMARIES = """
            select l.id, l.request_id, l.kind, r.law, r.person_id, p.first_name || ' ' || p.last_name person_name,
                   r.closed_on
            from decision_letter l
            join request r on r.id = l.request_id
            join person p on p.id = r.person_id
            where l.family_id = :familyId
            order by l.created_at desc, l.id desc""";

    private final DecisionLetterRepository letters;
    private final Decisions decisions;
    private final DecisionLetterWriter writer;
    private final FamilyAccess access;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    DecisionLetters(DecisionLetterRepository letters, Decisions decisions, DecisionLetterWriter writer,
                    FamilyAccess access, AuditLog audit, CurrentUser currentUser, JdbcClient jdbc, Clock clock) {
        this.letters = letters;
        this.decisions = decisions;
        this.writer = writer;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The family's letters, newest first, without their content; a family member reads only their own family's. */
    public List<DecisionLetterSummary> lettersOf(long familyId) {
        access.requireReadByStaffOrMember(familyId, "audit.decision.letters.read", null);
        return jdbc.sql(SUMMARIES)
                .param("familyId", familyId)
                .query((rs, row) -> new DecisionLetterSummary(rs.getLong("id"), rs.getLong("request_id"),
                        DecisionKind.valueOf(rs.getString("kind")), Law.valueOf(rs.getString("law")),
                        rs.getLong("person_id"), rs.getString("person_name"),
                        rs.getObject("closed_on", LocalDate.class)))
                .list();
    }

    /** One letter as it was sent; a family member gets only a letter about a member they see. */
    public DecisionLetterFile download(long letterId) {
        DecisionLetter letter = letters.findById(letterId)
                .orElseThrow(() -> new InvalidInput("decision.letter.unknown"));
        String fileName = DecisionLetterFile.fileName(letter.getRequestId());
        long personId = jdbc.sql("select person_id from request where id = :requestId")
                .param("requestId", letter.getRequestId())
                .query(Long.class)
                .single();
        access.requireReadByStaffOrMember(letter.getFamilyId(), personId, "audit.decision.letter.downloaded", fileName);
        return new DecisionLetterFile(fileName, letter.getContent());
    }

    @EventListener
    void write(RequestClosed closed) {
        DecisionKind.of(closed.outcome()).ifPresent(kind -> {
            Decision decision = decisions.of(closed.requestId(), kind);
            byte[] pdf = writer.write(decision, currentUser.get());
            letters.save(new DecisionLetter(closed.requestId(), closed.familyId(), kind, pdf, clock.instant(),
                    currentUser.username().orElse(CurrentUser.SYSTEM)));
            // the trail names a person; a letter the route made by itself is recorded with its maker in the table
            if (currentUser.username().isPresent()) {
                audit.record(AuditAction.CREATE, closed.familyId(), "audit.decision.letter." + kind,
                        DecisionLetterFile.fileName(closed.requestId()), Set.of(decision.law().teamCode()));
            }
        });
    }
}
