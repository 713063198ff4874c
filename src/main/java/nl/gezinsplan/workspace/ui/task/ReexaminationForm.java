package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.benefit.BenefitLimits;
import nl.gezinsplan.benefit.ReexaminationOutcome;
import nl.gezinsplan.workflow.BenefitRoute;

/**
 * The yearly re-examination of a right to income support: what it showed, and whether the right continues, changes
 * or ends (on its last day, shown only then).
 */
class ReexaminationForm extends TaskForm {

    final RadioButtonGroup<ReexaminationOutcome> outcome = new RadioButtonGroup<>();
    final TextArea findings = new TextArea();
    final DatePicker endsOn = FormInput.datePicker(null);

    ReexaminationForm(BenefitRoute route, String taskId, Consumer<String> leave) {
        super(leave);
        findings.setLabel(getTranslation("benefit.reexamination.findings"));
        FormInput.limit(findings, BenefitLimits.FINDINGS);
        findings.setWidthFull();
        outcome.setLabel(getTranslation("benefit.reexamination.outcome"));
        outcome.setItems(ReexaminationOutcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation("benefit.reexamination.outcome." + value.name()));
        endsOn.setLabel(getTranslation("benefit.reexamination.ends-on"));
        endsOn.setVisible(false);
        outcome.addValueChangeListener(change -> endsOn.setVisible(change.getValue() == ReexaminationOutcome.ENDS));
        add(new Paragraph(getTranslation("workspace.task.reexamination.explanation")), findings, outcome, endsOn,
                error(), completeButton("workspace.task.complete", () -> route.reexamine(taskId, outcome.getValue(),
                        findings.getValue(), outcome.getValue() == ReexaminationOutcome.ENDS ? endsOn.getValue()
                                : null)));
    }
}
