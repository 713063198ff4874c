package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.function.Consumer;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casework.CaseworkLimits;
import nl.gezinsplan.workflow.RequestRoute;

/**
 * Work first (Participatiewet): beside the intake for the benefit the work track starts at once, with what was agreed
 * about work (applying for jobs, a work placement, a course) and from when.
 */
class WorkTrackForm extends TaskForm {

    final TextArea agreements = new TextArea();
    final DatePicker startsOn = FormInput.datePicker(null);

    WorkTrackForm(RequestRoute route, String taskId, Consumer<String> leave) {
        super(leave);
        agreements.setLabel(getTranslation("workspace.task.work-track.agreements"));
        agreements.setHelperText(getTranslation("workspace.task.work-track.agreements.help"));
        FormInput.limit(agreements, CaseworkLimits.WORK_TRACK_AGREEMENTS);
        agreements.setWidthFull();
        startsOn.setLabel(getTranslation("workspace.task.work-track.starts-on"));
        startsOn.setValue(LocalDate.now());
        add(new Paragraph(getTranslation("workspace.task.work-track.explanation")), agreements, startsOn, error(),
                completeButton("workspace.task.work-track.start",
                        () -> route.startWorkTrack(taskId, agreements.getValue(), startsOn.getValue())));
    }
}
