package nl.gezinsplan.casework;

import java.time.Instant;
import java.time.LocalDate;
import nl.gezinsplan.base.InvalidInput;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The research report (onderzoeksverslag) of a request: the conversation, the ladder's questions and the conclusion.
 * Under the Wmo it is sent to the family in writing, kept as sent; once sent, the family may add its view
 * (zienswijze), once.
 */
@Table("research_report")
public class ResearchReport {

    @Id
    private Long id;
    private Long requestId;
    private Long familyId;
    private Long personId;
    private LocalDate conversationOn;
    private String participants;
    private String ownStrength;
    private String network;
    private String generalProvisions;
    private String needed;
    private String conclusion;
    private String writtenBy;
    private Instant writtenAt;
    private byte[] pdf;
    private Instant sentAt;
    private String familyView;
    private String familyViewBy;
    private Instant familyViewAt;

    ResearchReport() {
    }

    /**
     * The report of the research of {@code request}: every question answered, the conversation held on or after the
     * day of the request and not in the future.
     */
    ResearchReport(Request request, ResearchFindings findings, LocalDate today, String writtenBy, Instant writtenAt) {
        if (findings.conversationOn() == null) {
            throw new InvalidInput("casework.research.conversation-on.required");
        }
        if (findings.conversationOn().isBefore(request.getRequestedOn())) {
            throw new InvalidInput("casework.research.conversation-on.before-request");
        }
        if (findings.conversationOn().isAfter(today)) {
            throw new InvalidInput("casework.research.conversation-on.future");
        }
        this.requestId = request.getId();
        this.familyId = request.getFamilyId();
        this.personId = request.getPersonId();
        this.conversationOn = findings.conversationOn();
        this.participants = required(findings.participants(), "participants");
        this.ownStrength = required(findings.ownStrength(), "own-strength");
        this.network = required(findings.network(), "network");
        this.generalProvisions = required(findings.generalProvisions(), "general-provisions");
        this.needed = required(findings.needed(), "needed");
        this.conclusion = required(findings.conclusion(), "conclusion");
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("casework.research." + field + ".required");
        }
        return text.strip();
    }

    /** The written report is placed in the portal: sent, once. */
    void send(byte[] report, Instant at) {
        if (sentAt != null) {
            throw new IllegalStateException("Research report " + id + " was sent already");
        }
        pdf = report;
        sentAt = at;
    }

    /** The family's view of a report it received; given once, then it stays as written. */
    void addFamilyView(String view, String by, Instant at) {
        if (sentAt == null) {
            throw new InvalidInput("casework.research.view.not-sent");
        }
        if (familyView != null) {
            throw new InvalidInput("casework.research.view.already-given");
        }
        familyView = required(view, "view");
        familyViewBy = by;
        familyViewAt = at;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getFamilyId() {
        return familyId;
    }

    public Long getPersonId() {
        return personId;
    }

    public LocalDate getConversationOn() {
        return conversationOn;
    }

    public String getParticipants() {
        return participants;
    }

    public String getOwnStrength() {
        return ownStrength;
    }

    public String getNetwork() {
        return network;
    }

    public String getGeneralProvisions() {
        return generalProvisions;
    }

    public String getNeeded() {
        return needed;
    }

    public String getConclusion() {
        return conclusion;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    byte[] getPdf() {
        return pdf;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getFamilyView() {
        return familyView;
    }

    public String getFamilyViewBy() {
        return familyViewBy;
    }

    public Instant getFamilyViewAt() {
        return familyViewAt;
    }
}
