package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.function.Consumer;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.objection.ObjectionLimits;
import nl.gezinsplan.objection.Objections;
import nl.gezinsplan.workflow.ObjectionRoute;

/** The informal talk with the family; when it resolves the objection, the family withdraws it. */
class ObjectionTalkForm extends ObjectionStepForm {

    final DatePicker heldOn = FormInput.datePicker(null);
    final TextArea report = area("objection.talk.report", ObjectionLimits.TALK_REPORT);
    final Checkbox resolved = new Checkbox();

    ObjectionTalkForm(ObjectionRoute route, Objections objections, CaseDocuments documents, String taskId,
                      Consumer<String> leave) {
        super(route, objections, documents, taskId, leave);
        heldOn.setLabel(getTranslation("objection.talk.held-on"));
        heldOn.setValue(LocalDate.now());
        heldOn.setMax(LocalDate.now());
        resolved.setLabel(getTranslation("workspace.objection.resolved"));
        fields("workspace.objection.talk.explanation", heldOn, report, resolved);
        add(error(), completeButton("workspace.task.complete", () -> route.recordTalk(taskId, heldOn.getValue(),
                report.getValue(), resolved.getValue())));
    }
}
