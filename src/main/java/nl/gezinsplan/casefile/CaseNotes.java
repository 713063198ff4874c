package nl.gezinsplan.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.casework.CaseFacts;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes in a family's case file. A consultant with access to the family writes them, on the family or on one of its
 * requests, and corrects their own for 24 hours ({@link CaseNote}); staff with access read and search them; a family
 * member reads in the portal the notes shared with the family, except a youth's (16+) own notes, which only that
 * youth reads ({@link FamilyAccounts#visiblePersonIds}). Every read, note and correction is audited, every refusal too;
 * notes and corrections are on the family's timeline.
 */
@Service
@Transactional
public class CaseNotes {

    private static final String NOTES = """
            select n.id, n.family_id, n.request_id, n.person_id, n.author, n.text, n.shared_with_family,
                   n.written_at, n.corrected_at
            from case_note n
            where\s""";

    private final JdbcClient jdbc;
    private final FamilyAccess access;
    private final FamilyAccounts accounts;
    private final CaseFacts cases;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final Clock clock;

    CaseNotes(JdbcClient jdbc, FamilyAccess access, FamilyAccounts accounts, CaseFacts cases, CurrentUser currentUser,
              UserDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
        this.cases = cases;
        this.currentUser = currentUser;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * A consultant with access to the family writes a note on it, or on its request {@code requestId} (null: on the
     * family); {@code sharedWithFamily}: the family may read it in the portal.
     */
    public CaseNote write(long familyId, Long requestId, String text, boolean sharedWithFamily) {
        if (requestId == null) {
            access.requireChange(familyId, AuditAction.CREATE, "audit.note.written", null);
        } else {
            access.requireChange(familyId, AuditAction.CREATE, "audit.note.written.request", requestId.toString());
        }
        Long personId = requestId == null ? null : cases.request(requestId)
                .filter(request -> request.getFamilyId() == familyId)
                .map(Request::getPersonId)
                .orElseThrow(() -> new InvalidInput("casefile.note.request.unknown"));
        long id = jdbc.sql("""
                        insert into case_note (family_id, request_id, person_id, author, text, shared_with_family,
                                               written_at)
                        values (:familyId, :requestId, :personId, :author, :text, :shared, :now)
                        returning id""")
                .param("familyId", familyId)
                .param("requestId", requestId)
                .param("personId", personId)
                .param("author", currentUser.require().username())
                .param("text", validated(text))
                .param("shared", sharedWithFamily)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        return find(id);
    }

    /** The author corrects their note, within 24 hours of writing it; the text and whether the family may read it. */
    public CaseNote correct(long noteId, String text, boolean sharedWithFamily) {
        CaseNote note = find(noteId);
        access.requireChange(note.familyId(), AuditAction.UPDATE, "audit.note.corrected", null);
        note.requireCorrectableBy(currentUser.require().username(), clock.instant());
        jdbc.sql("""
                        update case_note set text = :text, shared_with_family = :shared, corrected_at = :now
                        where id = :id""")
                .param("text", validated(text))
                .param("shared", sharedWithFamily)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", noteId)
                .update();
        return find(noteId);
    }

    /** Whether the caller may still correct the note: for a screen's actions. */
    public boolean mayCorrect(CaseNote note) {
        return currentUser.username().filter(username -> note.correctableBy(username, clock.instant())).isPresent();
    }

    /**
     * The family's notes, newest first, those whose text holds {@code search} (any case) when it is not blank; a page
     * of them from {@code offset}.
     */
    public List<CaseNote> ofFamily(long familyId, String search, int offset, int limit) {
        access.requireRead(familyId, "audit.notes.read", null);
        String term = Input.searchable(search);
        boolean searching = term != null && !term.isBlank();
        return named(jdbc.sql(NOTES + "n.family_id = :familyId"
                        + (searching ? " and n.text ilike :term escape '\\'" : "")
                        + " order by n.written_at desc, n.id desc offset :offset limit :limit")
                .param("familyId", familyId)
                .params(searching ? Map.of("term", "%" + likeEscaped(term.strip()) + "%") : Map.of())
                .param("offset", offset)
                .param("limit", limit)
                .query(CaseNotes::toNote)
                .list());
    }

    /** The latest notes on the request, newest first. */
    public List<CaseNote> recentOfRequest(long requestId, int limit) {
        Request request = cases.request(requestId)
                .orElseThrow(() -> new AccessDeniedException("No request " + requestId));
        access.requireRead(request.getFamilyId(), "audit.notes.read", null);
        return named(jdbc.sql(NOTES + "n.request_id = :requestId order by n.written_at desc, n.id desc limit :limit")
                .param("requestId", requestId)
                .param("limit", limit)
                .query(CaseNotes::toNote)
                .list());
    }

    /**
     * The notes shared with the signed-in member's family that they may see, newest first: those on the family and
     * on requests for the members whose own items they see.
     */
    public List<CaseNote> sharedWithMe(int offset, int limit) {
        FamilyMember member = accounts.requireSignedIn();
        access.requireReadByStaffOrMember(member.familyId(), "audit.notes.read", null);
        Set<Long> visible = accounts.visiblePersonIds(member);
        return named(jdbc.sql(NOTES + """
                        n.family_id = :familyId and n.shared_with_family
                        and (n.person_id is null or n.person_id in (:visible))
                        order by n.written_at desc, n.id desc offset :offset limit :limit""")
                .param("familyId", member.familyId())
                .param("visible", visible)
                .param("offset", offset)
                .param("limit", limit)
                .query(CaseNotes::toNote)
                .list());
    }

    private CaseNote find(long noteId) {
        return named(jdbc.sql(NOTES + "n.id = :id").param("id", noteId).query(CaseNotes::toNote).list()).stream()
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("No note " + noteId));
    }

    private static String validated(String text) {
        String note = text == null ? "" : text.strip();
        Input.requiredText(note, CaseFileLimits.NOTE, "casefile.note.empty");
        return note;
    }

    /** A search term as a LIKE pattern's literal text: its own % and _ match only themselves. */
    private static String likeEscaped(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private List<CaseNote> named(List<CaseNote> notes) {
        Map<String, String> names = new HashMap<>();
        return notes.stream()
                .map(note -> new CaseNote(note.id(), note.familyId(), note.requestId(), note.personId(), note.author(),
                        names.computeIfAbsent(note.author(), author -> directory.fullNameOf(author)),
                        note.text(), note.sharedWithFamily(), note.writtenAt(), note.correctedAt()))
                .toList();
    }

    private static CaseNote toNote(ResultSet rs, int row) throws SQLException {
        Timestamp correctedAt = rs.getTimestamp("corrected_at");
        return new CaseNote(rs.getLong("id"), rs.getLong("family_id"), rs.getObject("request_id", Long.class),
                rs.getObject("person_id", Long.class), rs.getString("author"), rs.getString("author"),
                rs.getString("text"), rs.getBoolean("shared_with_family"), rs.getTimestamp("written_at").toInstant(),
                correctedAt == null ? null : correctedAt.toInstant());
    }
}
