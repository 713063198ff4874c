package nl.gezinsplan.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Map;
import nl.gezinsplan.plan.Goal;

/** The goals of a plan: law, member, what and how to measure it, by when, and how far it is. */
class GoalGrid extends Grid<Goal> {

    GoalGrid(Map<Long, String> memberNames) {
        addColumn(goal -> getTranslation("plan.law." + goal.law())).setHeader(getTranslation("plan.goal.law"))
                .setAutoWidth(true);
        addColumn(goal -> goal.personId() == null ? getTranslation("plan.goal.whole-family")
                : memberNames.getOrDefault(goal.personId(), "")).setHeader(getTranslation("plan.goal.person"))
                .setAutoWidth(true);
        addColumn(Goal::description).setHeader(getTranslation("plan.goal.description")).setFlexGrow(2);
        addColumn(Goal::measurableResult).setHeader(getTranslation("plan.goal.result")).setFlexGrow(2);
        addColumn(goal -> PlanFormat.date(goal.targetDate(), getLocale()))
                .setHeader(getTranslation("plan.goal.target-date")).setAutoWidth(true);
        addColumn(goal -> getTranslation("plan.goal.status." + goal.status()))
                .setHeader(getTranslation("plan.goal.status")).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
    }
}
