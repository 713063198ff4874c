package nl.gezinsplan.objection;

import nl.gezinsplan.base.TextLimit;

/** How long the texts of an objection may be: the lengths of their columns. */
public final class ObjectionLimits {

    public static final TextLimit GROUNDS = new TextLimit("objection", "grounds", 4000, "objection.grounds");
    public static final TextLimit LATE_REASON = new TextLimit("objection", "late_reason", 1000, "objection.late-reason");
    public static final TextLimit INADMISSIBLE_REASON =
            new TextLimit("objection", "inadmissible_reason", 4000, "objection.inadmissible-reason");
    public static final TextLimit TALK_REPORT = new TextLimit("objection", "talk_report", 4000, "objection.talk.report");
    public static final TextLimit HEARING_ATTENDEES =
            new TextLimit("objection", "hearing_attendees", 1000, "objection.hearing.attendees");
    public static final TextLimit HEARING_REPORT =
            new TextLimit("objection", "hearing_report", 4000, "objection.hearing.report");
    public static final TextLimit ADVICE_TEXT = new TextLimit("objection", "advice_text", 4000, "objection.advice.text");
    public static final TextLimit MOTIVATION = new TextLimit("objection", "motivation", 4000, "objection.motivation");
    public static final TextLimit EXTENSION_REASON =
            new TextLimit("objection", "extension_reason", 1000, "objection.extension.reason");

    private ObjectionLimits() {
    }
}
