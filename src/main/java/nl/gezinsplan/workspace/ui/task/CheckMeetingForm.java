package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Consumer;
import nl.gezinsplan.meeting.CheckOutcome;
import nl.gezinsplan.workflow.ProvisionRoute;

/** The check meeting half-way: does the help work? Continue, adjust, or stop it. */
class CheckMeetingForm extends TaskForm {

    final MeetingFields meeting = new MeetingFields();
    final RadioButtonGroup<CheckOutcome> outcome = new RadioButtonGroup<>();

    CheckMeetingForm(ProvisionRoute route, String taskId, Consumer<String> leave) {
        super(leave);
        outcome.setLabel(getTranslation("workspace.task.check.outcome"));
        outcome.setItems(CheckOutcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation("workspace.task.check." + value.name()));
        add(meeting, outcome, error(), completeButton("workspace.task.complete",
                () -> route.holdCheckMeeting(taskId, meeting.report(), outcome.getValue())));
    }
}
