package nl.gezinsplan.objection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.casefile.CaseDocument;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.decision.DecisionLetterSummary;
import nl.gezinsplan.decision.DecisionLetters;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.CurrentUser;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The objections of a family: registered by a consultant against one of the family's decision letters, and read by
 * staff with access to the family. Every read and registration is checked and audited; the steps after registration
 * are the route's ({@link ObjectionSteps}).
 */
@Service
@Transactional
@EnableConfigurationProperties(ObjectionSettings.class)
public class Objections {

    /** The most documents of a request offered to go with an objection. */
    public static final int DOCUMENTS_OFFERED = 50;

    private final ObjectionRepository objections;
    private final DecisionLetters letters;
    private final CaseDocuments documents;
    private final FamilyAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ObjectionSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    Objections(ObjectionRepository objections, DecisionLetters letters, CaseDocuments documents,
               FamilyAccess access, CurrentUser currentUser, ApplicationEventPublisher events,
               ObjectionSettings settings, JdbcClient jdbc, Clock clock) {
        this.objections = objections;
        this.letters = letters;
        this.documents = documents;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The family's decision letters an objection can be registered against: all of them, newest first. */
    public List<DecisionLetterSummary> decisionsOf(long familyId) {
        return letters.lettersOf(familyId);
    }

    /** The documents of the request behind a decision letter's case file, to choose those of the objection. */
    public List<CaseDocument> documentsFor(long familyId, long letterId) {
        return documents.recent(familyId, letter(familyId, letterId).requestId(), DOCUMENTS_OFFERED);
    }

    /**
     * Registers an objection, which starts its route. Refused without the right to change the family's file, against
     * a letter not of the family, while another objection against the same decision is open, with documents not of
     * the request, and by the objection's own rules ({@link Objection#register}).
     */
    public Objection register(ObjectionDraft draft) {
        DecisionLetterSummary letter = letter(draft.familyId(), draft.letterId());
        if (objections.openAgainst(draft.letterId())) {
            throw new InvalidInput("objection.already-open");
        }
        Set<Long> documentIds = draft.documentIds() == null ? Set.of() : draft.documentIds();
        Set<Long> ofRequest = documents.recent(draft.familyId(), letter.requestId(), DOCUMENTS_OFFERED).stream()
                .map(CaseDocument::id).collect(Collectors.toSet());
        if (!ofRequest.containsAll(documentIds)) {
            throw new InvalidInput("objection.document.unknown");
        }
        String by = currentUser.require().username();
        Objection objection = Objection.register(draft.familyId(), letter.requestId(), letter.personId(),
                letter.id(), letter.law(), letter.date(), draft.receivedOn(), draft.grounds(), draft.lateReason(),
                settings.decisionTerm(), by, clock.instant(), LocalDate.now(clock));
        access.requireChange(draft.familyId(), AuditAction.CREATE, "audit.objection.registered",
                reference(letter.requestId()));
        Objection saved = objections.save(objection);
        for (Long documentId : documentIds) {
            jdbc.sql("insert into objection_document (objection_id, document_id) values (:objectionId, :documentId)")
                    .param("objectionId", saved.getId()).param("documentId", documentId).update();
        }
        events.publishEvent(new ObjectionRegistered(saved.getId(), saved.getFamilyId(), saved.getPersonId(),
                saved.getRequestId(), saved.getLaw(), saved.getDecisionDue()));
        return saved;
    }

    /** The family's objections, newest first. */
    public List<Objection> ofFamily(long familyId) {
        access.requireRead(familyId, "audit.objection.read", null);
        return objections.findByFamily(familyId);
    }

    /** One objection, for whoever may read its family. */
    public Objection get(long objectionId) {
        Objection objection = find(objectionId);
        access.requireRead(objection.getFamilyId(), "audit.objection.read", reference(objection.getRequestId()));
        return objection;
    }

    /** The case file's documents that go with the objection. */
    public List<CaseDocument> documentsOf(long objectionId) {
        Objection objection = get(objectionId);
        List<Long> ids = jdbc.sql("select document_id from objection_document where objection_id = :id")
                .param("id", objectionId).query(Long.class).list();
        return documents.recent(objection.getFamilyId(), objection.getRequestId(), DOCUMENTS_OFFERED).stream()
                .filter(document -> ids.contains(document.id())).toList();
    }

    Objection find(long objectionId) {
        return objections.findById(objectionId).orElseThrow(() -> new InvalidInput("objection.unknown"));
    }

    private DecisionLetterSummary letter(long familyId, long letterId) {
        return letters.lettersOf(familyId).stream().filter(letter -> letter.id() == letterId).findFirst()
                .orElseThrow(() -> new InvalidInput("objection.letter.unknown"));
    }

    static String reference(long requestId) {
        return "bezwaar-" + requestId;
    }
}
