package nl.gezinsplan.plan.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.UUID;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.plan.Goal;
import nl.gezinsplan.plan.GoalStatus;
import nl.gezinsplan.plan.PlanLimits;

class GoalForm extends ItemForm<Goal> {

    private final Select<Law> law = new Select<>();
    private final Select<Long> person = new Select<>();
    private final TextArea description = new TextArea(getTranslation("plan.goal.description"));
    private final TextArea measurableResult = new TextArea(getTranslation("plan.goal.result"));
    private final DatePicker targetDate = datePicker("plan.goal.target-date");
    private final Select<GoalStatus> status = new Select<>();

    GoalForm(Map<Long, String> memberNames) {
        super(Goal.class);
        law.setLabel(getTranslation("plan.goal.law"));
        law.setItems(Law.values());
        law.setItemLabelGenerator(value -> getTranslation("plan.law." + value));
        person.setLabel(getTranslation("plan.goal.person"));
        person.setItems(memberNames.keySet());
        person.setItemLabelGenerator(id -> id == null ? getTranslation("plan.goal.whole-family") : memberNames.get(id));
        person.setEmptySelectionAllowed(true);
        person.setEmptySelectionCaption(getTranslation("plan.goal.whole-family"));
        FormInput.limit(description, PlanLimits.GOAL_DESCRIPTION);
        FormInput.limit(measurableResult, PlanLimits.GOAL_RESULT);
        status.setLabel(getTranslation("plan.goal.status"));
        status.setItems(GoalStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("plan.goal.status." + value));

        binder.forField(law).asRequired(getTranslation("plan.goal.law.required")).bind("law");
        binder.forField(person).bind("personId");
        binder.forField(description).asRequired(getTranslation("plan.goal.description.required")).bind("description");
        binder.forField(measurableResult).asRequired(getTranslation("plan.goal.result.required"))
                .bind("measurableResult");
        binder.forField(targetDate).bind("targetDate");
        binder.forField(status).asRequired(getTranslation("plan.goal.status.required")).bind("status");
        add(law, person, description, measurableResult, targetDate, status);
        edit(null);
    }

    @Override
    protected Goal build(UUID itemKey) {
        return new Goal(itemKey, law.getValue(), person.getValue(), description.getValue(),
                measurableResult.getValue(), targetDate.getValue(), status.getValue());
    }

    @Override
    protected void clearedForNewItem() {
        status.setValue(GoalStatus.OPEN);
    }
}
