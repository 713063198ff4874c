package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casework.CaseworkLimits;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.workflow.RequestRoute;

/**
 * "Nee, tenzij" for youth care: yes, doubt for the panel (with the question it is to answer), or no, which needs coded
 * reasons and the alternatives the family is offered. The panel itself answers yes or no.
 */
class NeeTenzijForm extends TaskForm {

    final RadioButtonGroup<NeeTenzijOutcome> outcome = new RadioButtonGroup<>();
    final CheckboxGroup<RefusalReason> reasons = new CheckboxGroup<>();
    final TextArea alternatives = new TextArea();
    final TextArea question = new TextArea();

    NeeTenzijForm(RequestRoute route, String taskId, boolean panel, Consumer<String> leave) {
        super(leave);
        outcome.setLabel(getTranslation("workspace.task.nee-tenzij.outcome"));
        outcome.setItems(panel ? List.of(NeeTenzijOutcome.YES, NeeTenzijOutcome.NO) : List.of(NeeTenzijOutcome.values()));
        outcome.setItemLabelGenerator(value -> getTranslation("workspace.task.nee-tenzij." + value.name()));
        reasons.setLabel(getTranslation("workspace.task.nee-tenzij.reasons"));
        reasons.setItems(RefusalReason.values());
        reasons.setItemLabelGenerator(value -> getTranslation("casework.refusal-reason." + value.name()));
        alternatives.setLabel(getTranslation("workspace.task.nee-tenzij.alternatives"));
        FormInput.limit(alternatives, CaseworkLimits.ALTERNATIVES);
        alternatives.setWidthFull();
        question.setLabel(getTranslation("workspace.task.nee-tenzij.panel-question"));
        question.setHelperText(getTranslation("workspace.task.nee-tenzij.panel-question.help"));
        FormInput.limit(question, CaseworkLimits.PANEL_QUESTION);
        question.setWidthFull();
        outcome.addValueChangeListener(change -> show(change.getValue()));
        show(null);
        add(outcome, reasons, alternatives, question, error(), completeButton("workspace.task.complete",
                () -> route.checkNeeTenzij(taskId, outcome.getValue(), List.copyOf(reasons.getValue()),
                        alternatives.getValue(), question.getValue())));
    }

    /** A no asks for its reasons and alternatives, a doubt for the question the panel is to answer. */
    private void show(NeeTenzijOutcome chosen) {
        showRefusal(chosen == NeeTenzijOutcome.NO);
        question.setVisible(chosen == NeeTenzijOutcome.DOUBT);
    }

    private void showRefusal(boolean refusing) {
        reasons.setVisible(refusing);
        alternatives.setVisible(refusing);
    }
}
