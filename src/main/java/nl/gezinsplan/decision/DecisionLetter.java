package nl.gezinsplan.decision;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
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
        this.sha256 = sha256(content);
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

    /** The SHA-256 of the PDF as it was sent, in hex: shows that a copy is the letter. */
    String getSha256() {
        return sha256;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
