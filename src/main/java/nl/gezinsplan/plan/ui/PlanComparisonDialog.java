package nl.gezinsplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import nl.gezinsplan.plan.Agreement;
import nl.gezinsplan.plan.Goal;
import nl.gezinsplan.plan.Involved;
import nl.gezinsplan.plan.PlanComparison;
import nl.gezinsplan.plan.Plans;

/** Two versions of the plan side by side, item by item; it opens on the latest change. */
class PlanComparisonDialog extends Dialog {

    private final Plans plans;
    private final long familyId;
    private final Map<Long, String> memberNames;
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final VerticalLayout result = new VerticalLayout();

    /** {@code numbers}: the plan's version numbers, newest first; at least two. */
    PlanComparisonDialog(Plans plans, long familyId, List<Integer> numbers, Map<Long, String> memberNames) {
        this.plans = plans;
        this.familyId = familyId;
        this.memberNames = memberNames;
        setHeaderTitle(getTranslation("plan.compare.title"));
        setWidth("min(64rem, 95vw)");
        from.setLabel(getTranslation("plan.compare.from"));
        to.setLabel(getTranslation("plan.compare.to"));
        for (Select<Integer> version : List.of(from, to)) {
            version.setItems(numbers);
            version.setItemLabelGenerator(number -> getTranslation("plan.version.number", number));
        }
        from.setValue(numbers.get(1));
        to.setValue(numbers.get(0));
        Button compare = new Button(getTranslation("plan.compare"), click -> show());
        HorizontalLayout choice = new HorizontalLayout(from, to, compare);
        choice.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        result.setPadding(false);
        add(choice, result);
        getFooter().add(new Button(getTranslation("plan.compare.close"), click -> close()));
        show();
    }

    private void show() {
        PlanComparison comparison = plans.compare(familyId, from.getValue(), to.getValue());
        result.removeAll();
        result.add(new H3(getTranslation("plan.goals")),
                new ChangeGrid<>(comparison.goals(), this::summary),
                new H3(getTranslation("plan.agreements")),
                new ChangeGrid<>(comparison.agreements(), this::summary),
                new H3(getTranslation("plan.involved")),
                new ChangeGrid<>(comparison.involved(), this::summary));
    }

    private String summary(Goal goal) {
        String who = goal.personId() == null ? getTranslation("plan.goal.whole-family")
                : memberNames.getOrDefault(goal.personId(), "");
        return getTranslation("plan.law." + goal.law()) + ", " + who + ": " + goal.description();
    }

    private String summary(Agreement agreement) {
        return agreement.party() + ": " + agreement.action();
    }

    private String summary(Involved involved) {
        return involved.organisation() == null ? involved.name() : involved.name() + " (" + involved.organisation() + ")";
    }
}
