package nl.gezinsplan.workflow.provision;

import nl.gezinsplan.meeting.MeetingKind;
import nl.gezinsplan.meeting.MeetingSteps;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes the start meeting only once its report has been recorded, with the exit goal (and for residential care
 * the exit criteria) that the meeting domain requires. It runs inside the engine, so it holds whichever client
 * completes the task, the REST API included.
 */
@Component("startMeetingRecorded")
class StartMeetingRecorded implements TaskListener {

    private final MeetingSteps meetings;

    StartMeetingRecorded(MeetingSteps meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        RecordedMeetings.require(meetings, task, MeetingKind.START);
    }
}
