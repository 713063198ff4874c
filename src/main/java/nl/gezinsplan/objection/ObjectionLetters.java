package nl.gezinsplan.objection;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.gezinsplan.base.AfterCommit;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.security.Sha256;
import nl.gezinsplan.casework.CaseFacts;
import nl.gezinsplan.casework.ProvisionLine;
import nl.gezinsplan.casework.ProvisionStatus;
import nl.gezinsplan.decision.DecisionLetterFile;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.family.FamilyFacts;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.MemberFacts;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters with the decision on an objection: written once the objection is decided (inadmissible, unfounded or
 * well-founded), after the step that decided it has committed, once even when the event is offered again; kept as
 * sent with their SHA-256. Reading one checks the reader's right to the family and is audited.
 */
@Service
@Transactional
public class ObjectionLetters {

    private final ObjectionRepository objections;
    private final ObjectionLetterWriter writer;
    private final CaseFacts cases;
    private final FamilyFacts families;
    private final FamilyAccess access;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;
    private final ApplicationEventPublisher events;

    ObjectionLetters(ObjectionRepository objections, ObjectionLetterWriter writer, CaseFacts cases,
                     FamilyFacts families, FamilyAccess access, AuditLog audit, CurrentUser currentUser,
                     JdbcClient jdbc, java.time.Clock clock, ApplicationEventPublisher events) {
        this.objections = objections;
        this.writer = writer;
        this.cases = cases;
        this.families = families;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Whether the objection's letter was sent. */
    @Transactional(readOnly = true)
    public boolean hasLetter(long objectionId) {
        return jdbc.sql("select exists (select 1 from objection_letter where objection_id = :id)")
                .param("id", objectionId).query(Boolean.class).single();
    }

    /** The family's letters on objections, newest first, for staff with access and the family's members. */
    @Transactional(readOnly = true)
    public List<ObjectionLetterSummary> lettersOf(long familyId) {
        access.requireReadByStaffOrMember(familyId, "audit.objection.letters.read", null);
        return jdbc.sql("""
                        select o.id, o.person_id, o.law, o.status, o.concluded_on from objection_letter l
                        join objection o on o.id = l.objection_id
                        where l.family_id = :familyId order by l.created_at desc""")
                .param("familyId", familyId)
                .query((rs, row) -> new ObjectionLetterSummary(rs.getLong("id"), rs.getLong("person_id"),
                        Law.valueOf(rs.getString("law")), ObjectionStatus.valueOf(rs.getString("status")),
                        rs.getObject("concluded_on", LocalDate.class)))
                .list();
    }

    /**
     * The letter as it was sent, for staff who may read the family and for the family's members who see the member
     * it is about.
     */
    public DecisionLetterFile download(long objectionId) {
        Objection objection = objections.findById(objectionId)
                .orElseThrow(() -> new InvalidInput("objection.unknown"));
        String fileName = fileName(objectionId);
        access.requireReadByStaffOrMember(objection.getFamilyId(), objection.getPersonId(),
                "audit.objection.letter.downloaded", fileName);
        return jdbc.sql("select content, sha256 from objection_letter where objection_id = :id")
                .param("id", objectionId)
                .query((rs, row) -> new DecisionLetterFile(fileName, rs.getBytes("content"), rs.getString("sha256")))
                .optional().orElseThrow(() -> new InvalidInput("objection.letter.none"));
    }

    /** Once an objection is decided, its letter is written: once, even when the event is offered again. */
    @AfterCommit
    void write(ObjectionConcluded concluded) {
        if (!concluded.status().isDecision() || hasLetter(concluded.objectionId())) {
            return;
        }
        Objection objection = objections.findById(concluded.objectionId()).orElseThrow();
        MemberFacts person = families.member(objection.getPersonId()).orElseThrow();
        List<String> parents = families.membersOf(objection.getFamilyId()).stream()
                .filter(member -> member.role() == FamilyRole.PARENT).map(MemberFacts::name).toList();
        List<String> addressees = person.role() == FamilyRole.CHILD && !parents.isEmpty() ? parents
                : List.of(person.name());
        List<ProvisionLine> granted = objection.getRevisedOn() == null ? List.of()
                : cases.provisionsOf(objection.getRequestId()).stream()
                .filter(line -> line.status() == ProvisionStatus.GRANTED).toList();
        byte[] pdf = writer.write(new ObjectionLetterWriter.Content(objection, person.name(), person.birthDate(),
                addressees, address(objection.getFamilyId()), granted), currentUser.get());
        jdbc.sql("""
                        insert into objection_letter (objection_id, family_id, content, sha256, created_at, created_by)
                        values (:objectionId, :familyId, :content, :sha256, :createdAt, :createdBy)""")
                .param("objectionId", objection.getId())
                .param("familyId", objection.getFamilyId())
                .param("content", pdf)
                .param("sha256", Sha256.hex(pdf))
                .param("createdAt", Timestamp.from(clock.instant()))
                .param("createdBy", currentUser.username().orElse(CurrentUser.SYSTEM))
                .update();
        events.publishEvent(new ObjectionLetterMade(objection.getId(), objection.getFamilyId(),
                objection.getPersonId()));
        if (currentUser.username().isPresent()) {
            audit.record(AuditAction.CREATE, objection.getFamilyId(), "audit.objection.letter.sent",
                    fileName(objection.getId()), Set.of(objection.getLaw().teamCode()));
        }
    }

    static String fileName(long objectionId) {
        return "beslissing-op-bezwaar-" + objectionId + ".pdf";
    }

    private List<String> address(long familyId) {
        FamilyFacts.FamilyAddress address = families.address(familyId);
        return Stream.of(join(address.street(), address.houseNumber()), join(address.postalCode(), address.city()))
                .filter(line -> !line.isEmpty()).toList();
    }

    private static String join(String first, String second) {
        return Stream.of(first, second).filter(part -> part != null && !part.isBlank()).map(String::trim)
                .reduce((left, right) -> left + " " + right).orElse("");
    }

}
