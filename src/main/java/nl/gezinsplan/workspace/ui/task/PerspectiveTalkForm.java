package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import nl.gezinsplan.base.TextLimit;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.meeting.MeetingLimits;
import nl.gezinsplan.meeting.PerspectiveOutcome;
import nl.gezinsplan.workflow.PerspectiveTalks;

/**
 * The perspective talk: life after 18 (housing, income, school or work, Wmo support, network) and whether youth care
 * continues, with its conditions and an end no later than the 21st birthday.
 */
class PerspectiveTalkForm extends TaskForm {

    final MeetingFields meeting = new MeetingFields();
    final TextField housing = field(MeetingLimits.HOUSING);
    final TextField income = field(MeetingLimits.INCOME);
    final TextField schoolOrWork = field(MeetingLimits.SCHOOL_OR_WORK);
    final TextField wmoSupport = field(MeetingLimits.WMO_SUPPORT);
    final TextField network = field(MeetingLimits.NETWORK);
    final Checkbox extended = new Checkbox();
    final TextArea conditions = new TextArea();
    final DatePicker extendedUntil = FormInput.datePicker(null);

    PerspectiveTalkForm(PerspectiveTalks talks, String taskId, Consumer<String> leave) {
        super(leave);
        extended.setLabel(getTranslation("workspace.task.perspective.extended"));
        conditions.setLabel(getTranslation("workspace.task.perspective.conditions"));
        FormInput.limit(conditions, MeetingLimits.EXTENDED_CARE_CONDITIONS);
        extendedUntil.setLabel(getTranslation("workspace.task.perspective.until"));
        extended.addValueChangeListener(change -> showExtension(change.getValue()));
        showExtension(false);
        add(meeting, new FormLayout(housing, income, schoolOrWork, wmoSupport, network), extended, conditions,
                extendedUntil, error(), completeButton("workspace.task.complete", () -> talks.record(taskId,
                        meeting.report(), new PerspectiveOutcome(housing.getValue(), income.getValue(),
                                schoolOrWork.getValue(), wmoSupport.getValue(), network.getValue(),
                                extended.getValue(), conditions.getValue(), extendedUntil.getValue()))));
    }

    private TextField field(TextLimit limit) {
        return FormInput.limit(new TextField(getTranslation(limit.labelKey())), limit);
    }

    private void showExtension(boolean extendedCare) {
        conditions.setVisible(extendedCare);
        extendedUntil.setVisible(extendedCare);
    }
}
