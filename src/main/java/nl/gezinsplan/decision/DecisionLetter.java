package nl.gezinsplan.decision;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The decision letter of one request as it was sent: the PDF is kept as made, never written again. */
@Table("decision_letter")
class DecisionLetter {

    @Id
    private Long id;
    private Long requestId;
    private Long familyId;
    private DecisionKind kind;
    private byte[] content;
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

    byte[] getContent() {
        return content;
    }
}
