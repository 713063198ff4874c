package nl.gezinsplan.meeting;

import nl.gezinsplan.base.TextLimit;

/** How long the texts of a meeting report may be: the lengths of the columns, named by the fields' labels. */
public final class MeetingLimits {

    public static final TextLimit ATTENDEES = limit("attendees", 1000, "workspace.task.meeting.attendees");
    public static final TextLimit NOTES = limit("notes", 4000, "workspace.task.meeting.notes");
    public static final TextLimit OUTCOME = limit("outcome", 32, "workspace.task.check.outcome");
    public static final TextLimit EXIT_GOAL = limit("exit_goal", 1000, "workspace.task.start.exit-goal");
    public static final TextLimit EXIT_CRITERIA = limit("exit_criteria", 2000, "workspace.task.start.exit-criteria");
    public static final TextLimit HOUSING = limit("housing", 1000, "workspace.task.perspective.housing");
    public static final TextLimit INCOME = limit("income", 1000, "workspace.task.perspective.income");
    public static final TextLimit SCHOOL_OR_WORK = limit("school_or_work", 1000, "workspace.task.perspective.school-or-work");
    public static final TextLimit WMO_SUPPORT = limit("wmo_support", 1000, "workspace.task.perspective.wmo-support");
    public static final TextLimit NETWORK = limit("network", 1000, "workspace.task.perspective.network");
    public static final TextLimit EXTENDED_CARE_CONDITIONS =
            limit("extended_care_conditions", 2000, "workspace.task.perspective.conditions");
    public static final String HELD_ON = "workspace.task.meeting.held-on";
    public static final String EXTENDED_CARE_END = "workspace.task.perspective.until";

    private MeetingLimits() {
    }

    private static TextLimit limit(String column, int maxLength, String labelKey) {
        return new TextLimit("meeting", column, maxLength, labelKey);
    }
}
