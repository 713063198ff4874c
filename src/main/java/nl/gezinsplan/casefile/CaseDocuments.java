package nl.gezinsplan.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.security.Sha256;
import nl.gezinsplan.casework.CaseFacts;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyFacts;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.UserDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The documents of a family's case file (dossier). Consultants with access to the family upload, read and withdraw
 * them; family members upload in the portal and read the documents shared with them, of the members they see (a
 * youth of 16 or older's own documents are theirs, not their parents'). A document is stored as uploaded with its
 * SHA-256, its type detected from the content ({@link DocumentTypes}); a refused file stores nothing. Every list,
 * download, upload and withdrawal is audited, every refusal too. Withdrawing keeps the document on record.
 */
@Service
@Transactional
public class CaseDocuments {

    private static final String COLUMNS = """
            select id, family_id, request_id, person_id, kind, description, file_name, media_type, size_bytes, sha256,
                   shared_with_family, from_family, uploaded_by, uploaded_at, withdrawn_by, withdrawn_at,
                   withdrawal_reason
            from case_document
            where\s""";

    private final JdbcClient jdbc;
    private final FamilyAccess access;
    private final FamilyAccounts accounts;
    private final CaseFacts cases;
    private final FamilyFacts families;
    private final UserDirectory directory;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final long maxSize;
    private final ApplicationEventPublisher events;

    CaseDocuments(JdbcClient jdbc, FamilyAccess access, FamilyAccounts accounts, CaseFacts cases, FamilyFacts families,
                  UserDirectory directory, AuditLog audit,
                  CurrentUser currentUser, Clock clock,
                  @Value("${gezinsplan.documents.max-size:20MB}") DataSize maxSize, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
        this.cases = cases;
        this.families = families;
        this.directory = directory;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.maxSize = maxSize.toBytes();
        this.events = events;
    }

    /** The largest file taken, in bytes ({@code gezinsplan.documents.max-size}, 20 MB unless set). */
    public long maxSize() {
        return maxSize;
    }

    /** Whether the caller may upload and withdraw the family's documents: for a screen's actions. */
    @Transactional(readOnly = true)
    public boolean mayChange(long familyId) {
        return access.mayChange(familyId);
    }

    /** A consultant with access to the family adds a document to its file, or to one of its requests. */
    public CaseDocument upload(DocumentUpload upload) {
        String mediaType = checked(upload.kind(), upload.description(), upload.fileName(), upload.content());
        access.requireChange(upload.familyId(), AuditAction.CREATE, "audit.document.uploaded", upload.fileName());
        Long personId = null;
        if (upload.requestId() != null) {
            personId = cases.request(upload.requestId())
                    .filter(request -> request.getFamilyId() == upload.familyId())
                    .orElseThrow(() -> new InvalidInput("casefile.document.request.unknown"))
                    .getPersonId();
        }
        return insert(upload.familyId(), upload.requestId(), personId, upload.kind(), upload.description(),
                upload.fileName(), mediaType, upload.content(), upload.sharedWithFamily(), false);
    }

    /**
     * The signed-in family member sends a document to the municipality (a referral letter, say): it is their own
     * item, shared with them and, when they have no say of their own, with their parents.
     */
    public CaseDocument uploadByMember(DocumentKind kind, String description, String fileName, byte[] content) {
        FamilyMember member = accounts.requireSignedIn();
        String mediaType = checked(kind, description, fileName, content);
        access.requireMemberChange(member.familyId(), AuditAction.CREATE, "audit.document.uploaded", fileName);
        CaseDocument sent = insert(member.familyId(), null, member.personId(), kind, description, fileName, mediaType,
                content, true, true);
        events.publishEvent(new FamilyAnswered(member.familyId(), member.personId()));
        events.publishEvent(new DocumentUploaded(member.familyId(), member.personId(), sent.id()));
        return sent;
    }

    /** A page of the family's documents, newest first, withdrawn ones included; for staff with access. */
    public List<CaseDocument> ofFamily(long familyId, int offset, int limit) {
        access.requireRead(familyId, "audit.documents.read", null);
        return named(familyId, jdbc.sql(COLUMNS
                        + "family_id = :familyId order by uploaded_at desc, id desc offset :offset limit :limit")
                .param("familyId", familyId)
                .param("offset", offset)
                .param("limit", limit)
                .query(CaseDocuments::toDocument)
                .list());
    }

    /** How many documents the family's file holds, withdrawn ones included. Counting reads no content. */
    @Transactional(readOnly = true)
    public long countOfFamily(long familyId) {
        if (!access.mayRead(familyId)) {
            return 0;
        }
        return jdbc.sql("select count(*) from case_document where family_id = :familyId")
                .param("familyId", familyId)
                .query(Long.class)
                .single();
    }

    /**
     * The family's latest documents that are not withdrawn, at most {@code limit}: of one request when
     * {@code requestId} is given (for a task of that request), else of the whole family.
     */
    public List<CaseDocument> recent(long familyId, Long requestId, int limit) {
        access.requireRead(familyId, "audit.documents.read", null);
        return named(familyId, jdbc.sql(COLUMNS + "family_id = :familyId and withdrawn_at is null"
                        + (requestId == null ? "" : " and request_id = :requestId")
                        + " order by uploaded_at desc, id desc limit :limit")
                .param("familyId", familyId)
                .param("requestId", requestId)
                .param("limit", limit)
                .query(CaseDocuments::toDocument)
                .list());
    }

    /** The documents shared with the signed-in member: of their family, of the members they see, not withdrawn. */
    public List<CaseDocument> sharedWithMe() {
        FamilyMember member = accounts.requireSignedIn();
        access.requireReadByStaffOrMember(member.familyId(), "audit.documents.read", null);
        Set<Long> visible = accounts.visiblePersonIds(member);
        return named(member.familyId(), jdbc.sql(COLUMNS + """
                        family_id = :familyId and shared_with_family and withdrawn_at is null
                        order by uploaded_at desc, id desc""")
                .param("familyId", member.familyId())
                .query(CaseDocuments::toDocument)
                .stream()
                .filter(document -> document.personId() == null || visible.contains(document.personId()))
                .toList());
    }

    /**
     * One document as uploaded, to download or show. Staff with access to the family get any of its documents; a
     * family member only one shared with them and not withdrawn, of a member they see.
     */
    public DocumentFile download(long documentId) {
        CaseDocument document = find(documentId);
        String subject = "audit.document.downloaded";
        if (document.personId() == null) {
            access.requireReadByStaffOrMember(document.familyId(), subject, document.fileName());
        } else {
            access.requireReadByStaffOrMember(document.familyId(), document.personId(), subject, document.fileName());
        }
        if (accounts.signedIn().isPresent() && (!document.sharedWithFamily() || document.isWithdrawn())) {
            audit.recordDenial(document.familyId(), subject, Set.of());
            throw new AccessDeniedException("Document " + documentId + " is not shared with the family");
        }
        byte[] content = jdbc.sql("select content from case_document where id = :id")
                .param("id", documentId)
                .query(byte[].class)
                .single();
        return new DocumentFile(document.fileName(), document.mediaType(), content);
    }

    /** A consultant with access withdraws a document, saying why; it stays on record, marked withdrawn. */
    public void withdraw(long documentId, String reason) {
        Input.requiredText(reason, DocumentLimits.WITHDRAWAL_REASON, "casefile.document.withdrawal-reason.required");
        CaseDocument document = find(documentId);
        access.requireChange(document.familyId(), AuditAction.UPDATE, "audit.document.withdrawn", document.fileName());
        if (document.isWithdrawn()) {
            throw new InvalidInput("casefile.document.already-withdrawn");
        }
        jdbc.sql("""
                        update case_document set withdrawn_by = :by, withdrawn_at = :at, withdrawal_reason = :reason
                        where id = :id""")
                .param("by", currentUser.require().username())
                .param("at", Timestamp.from(clock.instant()))
                .param("reason", reason.strip())
                .param("id", documentId)
                .update();
    }

    private CaseDocument find(long documentId) {
        return jdbc.sql(COLUMNS + "id = :id")
                .param("id", documentId)
                .query(CaseDocuments::toDocument)
                .optional()
                .orElseThrow(() -> new InvalidInput("casefile.document.unknown"));
    }

    /** The file's type by its content, after the checks every upload passes; refuses with the reason. */
    private String checked(DocumentKind kind, String description, String fileName, byte[] content) {
        if (kind == null) {
            throw new InvalidInput("casefile.document.kind.required");
        }
        Input.text(description, DocumentLimits.DESCRIPTION);
        Input.requiredText(fileName, DocumentLimits.FILE_NAME, "casefile.document.file-name.required");
        Input.line(fileName, DocumentLimits.FILE_NAME);
        if (content == null || content.length == 0) {
            throw new InvalidInput("casefile.document.empty", fileName);
        }
        if (content.length > maxSize) {
            throw new InvalidInput("casefile.document.too-large", fileName, DataSize.ofBytes(maxSize).toMegabytes());
        }
        return DocumentTypes.detect(content, fileName)
                .orElseThrow(() -> new InvalidInput("casefile.document.type-refused", fileName));
    }

    private CaseDocument insert(long familyId, Long requestId, Long personId, DocumentKind kind, String description,
                                String fileName, String mediaType, byte[] content, boolean shared,
                                boolean fromFamily) {
        long id = jdbc.sql("""
                        insert into case_document (family_id, request_id, person_id, kind, description, file_name,
                            media_type, size_bytes, sha256, content, shared_with_family, from_family, uploaded_by,
                            uploaded_at)
                        values (:familyId, :requestId, :personId, :kind, :description, :fileName, :mediaType, :size,
                            :sha256, :content, :shared, :fromFamily, :by, :at)
                        returning id""")
                .param("familyId", familyId)
                .param("requestId", requestId)
                .param("personId", personId)
                .param("kind", kind.name())
                .param("description", description == null || description.isBlank() ? null : description.strip())
                .param("fileName", fileName.strip())
                .param("mediaType", mediaType)
                .param("size", content.length)
                .param("sha256", Sha256.hex(content))
                .param("content", content)
                .param("shared", shared)
                .param("fromFamily", fromFamily)
                .param("by", currentUser.require().username())
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        return named(familyId, List.of(find(id))).get(0);
    }

    /** The documents with the names of who uploaded them: a colleague's from the directory, a member's from the family. */
    private List<CaseDocument> named(long familyId, List<CaseDocument> documents) {
        Map<Long, String> members = documents.stream().anyMatch(CaseDocument::fromFamily)
                ? families.memberNames(familyId) : Map.of();
        List<String> colleagues = documents.stream()
                .flatMap(document -> Stream.of(document.fromFamily() ? null : document.uploadedBy(),
                        document.withdrawnBy()))
                .filter(Objects::nonNull).distinct().toList();
        Map<String, String> staff = (colleagues.isEmpty() ? List.<DirectoryUser>of()
                : directory.findByUsernames(colleagues)).stream()
                .collect(Collectors.toMap(user -> user.username().toLowerCase(Locale.ROOT), DirectoryUser::fullName,
                        (one, other) -> one));
        Function<String, String> staffName = username -> username == null ? null
                : staff.getOrDefault(username.toLowerCase(Locale.ROOT), username);
        return documents.stream()
                .map(document -> document.named(document.fromFamily()
                        ? members.getOrDefault(document.personId(), document.uploadedBy())
                        : staffName.apply(document.uploadedBy()), staffName.apply(document.withdrawnBy())))
                .toList();
    }

    private static CaseDocument toDocument(ResultSet rs, int row) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new CaseDocument(rs.getLong("id"), rs.getLong("family_id"), rs.getObject("request_id", Long.class),
                rs.getObject("person_id", Long.class), DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("description"), rs.getString("file_name"), rs.getString("media_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getBoolean("shared_with_family"),
                rs.getBoolean("from_family"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("withdrawn_by"), withdrawn == null ? null : withdrawn.toInstant(),
                rs.getString("withdrawal_reason"), null, null);
    }
}
