package nl.gezinsplan.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A copy of the plan that a screen edits freely; saving it makes the next version. It remembers the version it
 * started from, so a save on top of someone else's newer version is refused instead of silently undoing it.
 */
public class PlanDraft {

    private final int basedOn;
    private final List<Goal> goals;
    private final List<Agreement> agreements;
    private final List<Involved> involved;

    private PlanDraft(int basedOn, List<Goal> goals, List<Agreement> agreements, List<Involved> involved) {
        this.basedOn = basedOn;
        this.goals = new ArrayList<>(goals);
        this.agreements = new ArrayList<>(agreements);
        this.involved = new ArrayList<>(involved);
    }

    /** The start of a family's first plan. */
    public static PlanDraft empty() {
        return new PlanDraft(0, List.of(), List.of(), List.of());
    }

    public static PlanDraft from(PlanVersion version) {
        return new PlanDraft(version.number(), version.goals(), version.agreements(), version.involved());
    }

    /** The number of the version this draft started from; 0 for a family without a plan. */
    public int basedOn() {
        return basedOn;
    }

    /** The goals in plan order; change the list to change the draft. */
    public List<Goal> goals() {
        return goals;
    }

    public List<Agreement> agreements() {
        return agreements;
    }

    public List<Involved> involved() {
        return involved;
    }
}
