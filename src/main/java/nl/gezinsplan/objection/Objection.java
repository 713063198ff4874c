package nl.gezinsplan.objection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An objection (bezwaar) against the decision of a request, and its rules: made within six weeks of the decision
 * (Awb 6:7), later only with the reason for it (Awb 6:11); its steps in their order (admissibility, the informal talk,
 * the hearing, the committee's advice, the decision); the decision within the term, extended once (Awb 7:10) before
 * the term ends.
 */
@Table("objection")
public class Objection {

    /** Awb 6:7: six weeks to object, from the day after the decision was made known (Awb 6:8). */
    public static final Period OBJECTION_TERM = Period.ofWeeks(6);

    @Id
    private Long id;
    private long familyId;
    private long requestId;
    private long personId;
    private long letterId;
    private Law law;
    private LocalDate decidedOn;
    private LocalDate receivedOn;
    private String grounds;
    private String lateReason;
    private ObjectionStatus status;
    private LocalDate decisionDue;
    private String registeredBy;
    private Instant registeredAt;
    private Boolean admissible;
    private String inadmissibleReason;
    private LocalDate talkHeldOn;
    private String talkReport;
    private Boolean resolvedInTalk;
    private LocalDate hearingHeldOn;
    private String hearingAttendees;
    private String hearingReport;
    private ObjectionVerdict advice;
    private String adviceText;
    private String motivation;
    private LocalDate concludedOn;
    private String concludedBy;
    private String extendedBy;
    private String extensionReason;
    private LocalDate revisedOn;

    Objection() {
    }

    /**
     * An objection received on {@code receivedOn} against the decision of {@code decidedOn}: refused without grounds,
     * before the decision or in the future, and after the objection term without the reason for lateness. The
     * decision on it is due {@code decisionTerm} after the objection term ended, or after it came in when later.
     */
    static Objection register(long familyId, long requestId, long personId, long letterId, Law law,
                              LocalDate decidedOn, LocalDate receivedOn, String grounds, String lateReason,
                              Period decisionTerm, String registeredBy, Instant registeredAt, LocalDate today) {
        if (receivedOn == null) {
            throw new InvalidInput("objection.received-on.required");
        }
        Input.pastDate(receivedOn, "objection.received-on", today);
        if (receivedOn.isBefore(decidedOn)) {
            throw new InvalidInput("objection.received-on.before-decision");
        }
        Input.requiredText(grounds, ObjectionLimits.GROUNDS, "objection.grounds.required");
        boolean late = receivedOn.isAfter(lastDayToObject(decidedOn));
        if (late) {
            Input.requiredText(lateReason, ObjectionLimits.LATE_REASON, "objection.late-reason.required");
        }
        Objection objection = new Objection();
        objection.familyId = familyId;
        objection.requestId = requestId;
        objection.personId = personId;
        objection.letterId = letterId;
        objection.law = law;
        objection.decidedOn = decidedOn;
        objection.receivedOn = receivedOn;
        objection.grounds = grounds.strip();
        objection.lateReason = late ? lateReason.strip() : null;
        objection.status = ObjectionStatus.OPEN;
        LocalDate termStarts = late ? receivedOn : lastDayToObject(decidedOn);
        objection.decisionDue = termStarts.plus(decisionTerm);
        objection.registeredBy = registeredBy;
        objection.registeredAt = registeredAt;
        return objection;
    }

    /** The last day an objection against a decision of {@code decidedOn} is in time. */
    public static LocalDate lastDayToObject(LocalDate decidedOn) {
        return decidedOn.plus(OBJECTION_TERM);
    }

    /** Admissible, or not with the reason, which is then the decision on the objection (its letter says so). */
    void assessAdmissibility(Boolean isAdmissible, String reason, String by, LocalDate today) {
        requireStage(ObjectionStage.ADMISSIBILITY);
        if (isAdmissible == null) {
            throw new InvalidInput("objection.admissible.required");
        }
        if (!isAdmissible) {
            Input.requiredText(reason, ObjectionLimits.INADMISSIBLE_REASON, "objection.inadmissible-reason.required");
            inadmissibleReason = reason.strip();
            conclude(ObjectionStatus.INADMISSIBLE, reason.strip(), by, today);
        }
        admissible = isAdmissible;
    }

    /** The informal talk with its report; resolved, the objection is withdrawn and ends. */
    void recordTalk(LocalDate heldOn, String report, boolean resolved, String by, LocalDate today) {
        requireStage(ObjectionStage.TALK);
        heldOn(heldOn, "objection.talk.held-on", today);
        Input.requiredText(report, ObjectionLimits.TALK_REPORT, "objection.talk.report.required");
        talkHeldOn = heldOn;
        talkReport = report.strip();
        resolvedInTalk = resolved;
        if (resolved) {
            conclude(ObjectionStatus.WITHDRAWN, null, by, today);
        }
    }

    /** The hearing (hoorzitting, Awb 7:2): when, who were there, and what was said. */
    void recordHearing(LocalDate heldOn, String attendees, String report, LocalDate today) {
        requireStage(ObjectionStage.HEARING);
        heldOn(heldOn, "objection.hearing.held-on", today);
        if (heldOn.isBefore(receivedOn)) {
            throw new InvalidInput("objection.hearing.before-objection");
        }
        Input.requiredText(attendees, ObjectionLimits.HEARING_ATTENDEES, "objection.hearing.attendees.required");
        Input.requiredText(report, ObjectionLimits.HEARING_REPORT, "objection.hearing.report.required");
        hearingHeldOn = heldOn;
        hearingAttendees = attendees.strip();
        hearingReport = report.strip();
    }

    /** The objection committee's advice (Awb 7:13), with its reasons. */
    void recordAdvice(ObjectionVerdict verdict, String text) {
        requireStage(ObjectionStage.ADVICE);
        if (verdict == null) {
            throw new InvalidInput("objection.advice.required");
        }
        Input.requiredText(text, ObjectionLimits.ADVICE_TEXT, "objection.advice.text.required");
        advice = verdict;
        adviceText = text.strip();
    }

    /** The decision on the objection, with the motivation its letter carries. */
    void decide(ObjectionVerdict verdict, String text, String by, LocalDate today) {
        requireStage(ObjectionStage.DECISION);
        if (verdict == null) {
            throw new InvalidInput("objection.verdict.required");
        }
        Input.requiredText(text, ObjectionLimits.MOTIVATION, "objection.motivation.required");
        conclude(verdict.status(), text.strip(), by, today);
    }

    /** Awb 7:10 lid 3: the decision postponed once, by six weeks, with the reason, before the term ends. */
    void extend(String reason, Period extension, String by, LocalDate today) {
        if (status != ObjectionStatus.OPEN) {
            throw new InvalidInput("objection.concluded");
        }
        if (extendedBy != null) {
            throw new InvalidInput("objection.extension.once");
        }
        if (today.isAfter(decisionDue)) {
            throw new InvalidInput("objection.extension.too-late");
        }
        Input.requiredText(reason, ObjectionLimits.EXTENSION_REASON, "objection.extension.reason.required");
        extendedBy = by;
        extensionReason = reason.strip();
        decisionDue = decisionDue.plus(extension);
    }

    /** The decision the well-founded objection was against is revised: what it refused is granted. */
    void revised(LocalDate today) {
        if (status != ObjectionStatus.WELL_FOUNDED || revisedOn != null) {
            throw new IllegalStateException("Objection " + id + " is not well-founded or was revised");
        }
        revisedOn = today;
    }

    public ObjectionStage stage() {
        if (status != ObjectionStatus.OPEN) {
            return ObjectionStage.CONCLUDED;
        }
        if (admissible == null) {
            return ObjectionStage.ADMISSIBILITY;
        }
        if (resolvedInTalk == null) {
            return ObjectionStage.TALK;
        }
        if (hearingHeldOn == null) {
            return ObjectionStage.HEARING;
        }
        return advice == null ? ObjectionStage.ADVICE : ObjectionStage.DECISION;
    }

    public boolean isLate() {
        return lateReason != null;
    }

    public boolean isExtended() {
        return extendedBy != null;
    }

    private void requireStage(ObjectionStage expected) {
        ObjectionStage stage = stage();
        if (stage == ObjectionStage.CONCLUDED) {
            throw new InvalidInput("objection.concluded");
        }
        if (stage != expected) {
            throw new InvalidInput("objection.stage." + stage.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static void heldOn(LocalDate day, String labelKey, LocalDate today) {
        if (day == null) {
            throw new InvalidInput(labelKey + ".required");
        }
        Input.pastDate(day, labelKey, today);
    }

    private void conclude(ObjectionStatus outcome, String text, String by, LocalDate today) {
        status = outcome;
        motivation = text;
        concludedOn = today;
        concludedBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getFamilyId() {
        return familyId;
    }

    public long getRequestId() {
        return requestId;
    }

    public long getPersonId() {
        return personId;
    }

    public long getLetterId() {
        return letterId;
    }

    public Law getLaw() {
        return law;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getGrounds() {
        return grounds;
    }

    public String getLateReason() {
        return lateReason;
    }

    public ObjectionStatus getStatus() {
        return status;
    }

    public LocalDate getDecisionDue() {
        return decisionDue;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Boolean getAdmissible() {
        return admissible;
    }

    public LocalDate getTalkHeldOn() {
        return talkHeldOn;
    }

    public String getTalkReport() {
        return talkReport;
    }

    public LocalDate getHearingHeldOn() {
        return hearingHeldOn;
    }

    public String getHearingAttendees() {
        return hearingAttendees;
    }

    public String getHearingReport() {
        return hearingReport;
    }

    public ObjectionVerdict getAdvice() {
        return advice;
    }

    public String getAdviceText() {
        return adviceText;
    }

    public String getMotivation() {
        return motivation;
    }

    public LocalDate getConcludedOn() {
        return concludedOn;
    }

    public String getConcludedBy() {
        return concludedBy;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public LocalDate getRevisedOn() {
        return revisedOn;
    }
}
