package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Consumer;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.objection.ObjectionLimits;
import nl.gezinsplan.objection.Objections;
import nl.gezinsplan.workflow.ObjectionRoute;

/** The hearing (hoorzitting, Awb 7:2): when, who were there, and what was said. */
class ObjectionHearingForm extends ObjectionStepForm {

    final DatePicker heldOn = FormInput.datePicker(null);
    final TextField attendees = new TextField();
    final TextArea report = area("objection.hearing.report", ObjectionLimits.HEARING_REPORT);

    ObjectionHearingForm(ObjectionRoute route, Objections objections, CaseDocuments documents, String taskId,
                         Consumer<String> leave) {
        super(route, objections, documents, taskId, leave);
        heldOn.setLabel(getTranslation("objection.hearing.held-on"));
        heldOn.setValue(LocalDate.now());
        heldOn.setMax(LocalDate.now());
        attendees.setLabel(getTranslation("objection.hearing.attendees"));
        FormInput.limit(attendees, ObjectionLimits.HEARING_ATTENDEES);
        fields("workspace.objection.hearing.explanation", heldOn, attendees, report);
        add(error(), completeButton("workspace.task.complete", () -> route.holdHearing(taskId, heldOn.getValue(),
                attendees.getValue(), report.getValue())));
    }
}
