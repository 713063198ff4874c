package nl.gezinsplan.portal;

import nl.gezinsplan.base.TextLimit;

/** How long a family's questions and remarks on care may be: the lengths of the columns. */
public final class PortalLimits {

    public static final TextLimit QUESTION = new TextLimit("family_question", "text", 2000, "portal.field.question");
    public static final TextLimit DELIVERY_REMARK = new TextLimit("care_delivery", "remark", 1000, "portal.field.remark");
    public static final TextLimit FOLLOW_UP_NOTE = new TextLimit("care_delivery", "follow_up_note", 500,
            "portal.field.follow-up-note");
    public static final TextLimit RATING_REMARK = new TextLimit("care_rating", "remark", 1000, "portal.field.remark");

    private PortalLimits() {
    }
}
