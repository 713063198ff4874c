package nl.gezinsplan.workflow.provision;

import nl.gezinsplan.meeting.MeetingKind;
import nl.gezinsplan.meeting.MeetingSteps;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes the check meeting only once its report, with the verdict on the help (continue, adjust, stop), has been
 * recorded, and routes by that verdict, not by what a client sent along: whichever client completes the task.
 */
@Component("checkMeetingRecorded")
class CheckMeetingRecorded implements TaskListener {

    private final MeetingSteps meetings;

    CheckMeetingRecorded(MeetingSteps meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariable("checkOutcome", RecordedMeetings.require(meetings, task, MeetingKind.CHECK).outcome());
    }
}
