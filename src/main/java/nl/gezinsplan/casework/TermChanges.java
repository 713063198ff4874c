package nl.gezinsplan.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.gezinsplan.base.ClockConfiguration;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.family.FamilyAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suspensions (opschortingen) and the extension (verdaging) of a request's term, as screens read them; each read
 * checks the reader's right to the family. Suspending, resuming and extending go through the route
 * ({@code workflow.TermClock}), which moves the term's timers with them.
 */
@Service
@Transactional
public class TermChanges {

    private final Requests requests;
    private final TermSuspensionRepository suspensions;
    private final TermExtensionRepository extensions;
    private final FamilyAccess access;
    private final JdbcClient jdbc;

    TermChanges(Requests requests, TermSuspensionRepository suspensions, TermExtensionRepository extensions,
                FamilyAccess access, JdbcClient jdbc) {
        this.requests = requests;
        this.suspensions = suspensions;
        this.extensions = extensions;
        this.access = access;
        this.jdbc = jdbc;
    }

    /** The request's suspensions, oldest first. */
    public List<TermSuspension> suspensionsOf(long requestId) {
        requests.get(requestId);
        return suspensions.findByRequest(requestId);
    }

    /** The suspension that holds the request's term now, if any. */
    public Optional<TermSuspension> running(long requestId) {
        requests.get(requestId);
        return suspensions.findRunning(requestId);
    }

    public Optional<TermExtension> extensionOf(long requestId) {
        requests.get(requestId);
        return extensions.findById(requestId);
    }

    /**
     * The family's letters about an extended term, newest first, for colleagues and for its members in the portal,
     * who see only those about members they see ({@link nl.gezinsplan.family.FamilyAccounts#visiblePersonIds}).
     */
    public List<ExtensionLetter> lettersOf(long familyId) {
        access.requireReadByStaffOrMember(familyId, "audit.extension.letters.read", null);
        return jdbc.sql("""
                        select r.id, r.person_id, r.law, e.extended_to, e.extended_at from term_extension e
                        join request r on r.id = e.request_id
                        where r.family_id = :familyId and e.letter is not null order by e.extended_at desc""")
                .param("familyId", familyId)
                .query((rs, row) -> new ExtensionLetter(rs.getLong("id"), rs.getLong("person_id"),
                        Law.valueOf(rs.getString("law")), rs.getDate("extended_to").toLocalDate(),
                        LocalDate.ofInstant(rs.getTimestamp("extended_at").toInstant(),
                                ClockConfiguration.MUNICIPALITY_ZONE)))
                .list();
    }

    /** The letter about the request's extended term as it was sent; a member gets only one about a member they see. */
    public byte[] letter(long requestId) {
        Request request = requests.find(requestId);
        access.requireReadByStaffOrMember(request.getFamilyId(), request.getPersonId(),
                "audit.extension.letter.downloaded", ExtensionLetter.fileName(requestId));
        return jdbc.sql("select letter from term_extension where request_id = :id and letter is not null")
                .param("id", requestId).query(byte[].class).optional()
                .orElseThrow(() -> new InvalidInput("casework.term-extension.letter.unknown"));
    }

    /** Whether the caller may suspend, resume or extend the request's term: for a screen's actions. */
    public boolean mayChange(long requestId) {
        Request request = requests.find(requestId);
        return request.isOpen() && access.mayChange(request.getFamilyId());
    }
}
