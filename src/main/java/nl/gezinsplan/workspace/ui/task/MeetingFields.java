package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.meeting.MeetingLimits;
import nl.gezinsplan.meeting.MeetingReport;

/** What every meeting report asks: when it was held, who attended, what was discussed. */
class MeetingFields extends FormLayout {

    final DatePicker heldOn = FormInput.datePicker(null);
    final TextField attendees = new TextField();
    final TextArea notes = new TextArea();

    MeetingFields() {
        heldOn.setLabel(getTranslation("workspace.task.meeting.held-on"));
        heldOn.setValue(LocalDate.now());
        heldOn.setMax(LocalDate.now());
        attendees.setLabel(getTranslation("workspace.task.meeting.attendees"));
        FormInput.limit(attendees, MeetingLimits.ATTENDEES);
        notes.setLabel(getTranslation("workspace.task.meeting.notes"));
        FormInput.limit(notes, MeetingLimits.NOTES);
        add(heldOn, attendees, notes);
        setColspan(notes, 2);
    }

    MeetingReport report() {
        return new MeetingReport(heldOn.getValue(), attendees.getValue(), notes.getValue());
    }
}
