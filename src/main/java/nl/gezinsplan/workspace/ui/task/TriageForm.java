package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casework.CaseworkLimits;
import nl.gezinsplan.casework.TriageOutcome;
import nl.gezinsplan.casework.TriageReason;
import nl.gezinsplan.workflow.RequestRoute;

/** Triage on the ladder: settle the request with advice, the network or a general provision, or research it. */
class TriageForm extends TaskForm {

    final RadioButtonGroup<TriageOutcome> outcome = new RadioButtonGroup<>();
    final CheckboxGroup<TriageReason> reasons = new CheckboxGroup<>();
    final TextArea note = new TextArea();

    TriageForm(RequestRoute route, String taskId, Consumer<String> leave) {
        super(leave);
        outcome.setLabel(getTranslation("workspace.task.triage.outcome"));
        outcome.setItems(TriageOutcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation("workspace.task.triage." + value.name()));
        reasons.setLabel(getTranslation("workspace.task.triage.reasons"));
        reasons.setItems(TriageReason.values());
        reasons.setItemLabelGenerator(value -> getTranslation("casework.triage-reason." + value.name()));
        note.setLabel(getTranslation("workspace.task.triage.note"));
        FormInput.limit(note, CaseworkLimits.TRIAGE_NOTE);
        note.setWidthFull();
        add(outcome, reasons, note, error(), completeButton("workspace.task.complete",
                () -> route.triage(taskId, outcome.getValue(), reasons.getValue(), note.getValue())));
    }
}
