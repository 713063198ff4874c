package nl.gezinsplan.decision;

import java.time.Instant;
import nl.gezinsplan.base.Sha256;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The decision letter of one request as it was sent: the PDF/A is kept as made, with its SHA-256, never written again.
 */
@Table("decision_letter")
class DecisionLetter {

    @Id
    private Long id;
    private Long requestId;
    private Long familyId;
    private DecisionKind kind;
    private byte[] content;
    private String sha256;
    private Instant createdAt;
    private String createdBy;

    DecisionLetter() {
    }

    DecisionLetter(long requestId, long familyId, DecisionKind kind, byte[] content, Instant createdAt,
                   String createdBy) {
        this.requestId = requestId;
        this.familyId = familyId;
        this.kind = kind;
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

    DecisionKind getKind() {
        return kind;
    }

    byte[] getContent() {
        return content;
    }

    /** The SHA-256 of the PDF as it was sent, in hex: shows that a copy is the letter. */
    String getSha256() {
        return sha256;
    }
}
