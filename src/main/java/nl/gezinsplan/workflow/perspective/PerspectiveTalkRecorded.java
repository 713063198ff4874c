package nl.gezinsplan.workflow.perspective;

import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.meeting.Meeting;
import nl.gezinsplan.meeting.MeetingSteps;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes a perspective talk only once it has been recorded, where the meeting domain keeps extended youth care
 * within the 21st birthday, and routes by whether the talk chose extended care, not by what a client sent along. It
 * runs inside the engine, so it holds whichever client completes the task, the REST API included.
 */
@Component("perspectiveTalkRecorded")
class PerspectiveTalkRecorded implements TaskListener {

    private final MeetingSteps meetings;

    PerspectiveTalkRecorded(MeetingSteps meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        Meeting talk = meetings.perspectiveTalkOf((Long) task.getVariable("personId"))
                .orElseThrow(() -> new InvalidInput("workflow.meeting.not-recorded"));
        task.setVariable("extendedYouthCare", talk.perspective().extendedYouthCare());
    }
}
