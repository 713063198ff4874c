package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.meeting.MeetingLimits;
import nl.gezinsplan.workflow.ProvisionRoute;

/** The start meeting with family and provider: the exit goal, and for residential care the exit criteria. */
class StartMeetingForm extends TaskForm {

    final MeetingFields meeting = new MeetingFields();
    final TextArea exitGoal = new TextArea();
    final TextArea exitCriteria = new TextArea();

    StartMeetingForm(ProvisionRoute route, String taskId, Consumer<String> leave) {
        super(leave);
        exitGoal.setLabel(getTranslation("workspace.task.start.exit-goal"));
        FormInput.limit(exitGoal, MeetingLimits.EXIT_GOAL);
        exitGoal.setWidthFull();
        exitCriteria.setLabel(getTranslation("workspace.task.start.exit-criteria"));
        exitCriteria.setHelperText(getTranslation("workspace.task.start.exit-criteria.help"));
        FormInput.limit(exitCriteria, MeetingLimits.EXIT_CRITERIA);
        exitCriteria.setWidthFull();
        add(meeting, exitGoal, exitCriteria, error(), completeButton("workspace.task.complete",
                () -> route.holdStartMeeting(taskId, meeting.report(), exitGoal.getValue(), exitCriteria.getValue())));
    }
}
