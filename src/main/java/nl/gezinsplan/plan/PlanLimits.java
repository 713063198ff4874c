package nl.gezinsplan.plan;

import java.time.LocalDate;
import nl.gezinsplan.base.TextLimit;

/** How long the texts of a plan's items may be (the lengths of the columns), and the dates a plan may carry. */
public final class PlanLimits {

    public static final TextLimit GOAL_DESCRIPTION = new TextLimit("plan_goal", "description", 1000, "plan.goal.description");
    public static final TextLimit GOAL_RESULT = new TextLimit("plan_goal", "measurable_result", 1000, "plan.goal.result");
    public static final TextLimit AGREEMENT_PARTY = new TextLimit("plan_agreement", "party", 200, "plan.agreement.party");
    public static final TextLimit AGREEMENT_ACTION = new TextLimit("plan_agreement", "action", 1000, "plan.agreement.action");
    public static final TextLimit INVOLVED_NAME = new TextLimit("plan_involved", "name", 200, "plan.involved.name");
    public static final TextLimit INVOLVED_ORGANISATION =
            new TextLimit("plan_involved", "organisation", 200, "plan.involved.organisation");
    public static final TextLimit INVOLVED_ROLE = new TextLimit("plan_involved", "role", 200, "plan.involved.role");
    /** Earlier dates are typing errors (a year of two digits), not plans. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

    private PlanLimits() {
    }
}
