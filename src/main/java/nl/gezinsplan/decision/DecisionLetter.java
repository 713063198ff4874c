package nl.gezinsplan.decision;

import java.time.Instant;
import java.time.LocalDate;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.security.Sha256;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A decision letter as it was sent: the PDF/A is kept as made, with its SHA-256, never written again. The letter of
 * a request, or of a measure or re-examination of a right ({@code subjectId}); it names its person, law and date.
 */
@Table("decision_letter")
class DecisionLetter {

    @Id
    private Long id;
    private Long requestId;
    private Long familyId;
    private DecisionKind kind;
    private Long subjectId;
    private Long personId;
    private Law law;
    private LocalDate dated;
    private byte[] content;
    private String sha256;
    private Instant createdAt;
    private String createdBy;

    DecisionLetter() {
    }

    DecisionLetter(Long requestId, Long subjectId, long familyId, long personId, Law law, DecisionKind kind,
                   LocalDate dated, byte[] content, Instant createdAt, String createdBy) {
        this.requestId = requestId;
        this.subjectId = subjectId;
        this.familyId = familyId;
        this.personId = personId;
        this.law = law;
        this.kind = kind;
        this.dated = dated;
        this.content = content;
        this.sha256 = Sha256.hex(content);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    Long getId() {
        return id;
    }

    Long getRequestId() {
        return requestId;
    }

    Long getFamilyId() {
        return familyId;
    }

    Long getPersonId() {
        return personId;
    }

    String fileName() {
        return DecisionLetterFile.fileName(kind, requestId, subjectId);
    }

    byte[] getContent() {
        return content;
    }

    /** The SHA-256 of the PDF as it was sent, in hex: shows that a copy is the letter. */
    String getSha256() {
        return sha256;
    }
}
