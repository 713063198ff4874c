package nl.gezinsplan.workflow.provision;

import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.meeting.Meeting;
import nl.gezinsplan.meeting.MeetingKind;
import nl.gezinsplan.meeting.MeetingSteps;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** What the guards of the provision's meetings ask the domain: the meeting's report, which must have been recorded. */
final class RecordedMeetings {

    private RecordedMeetings() {
    }

    static Meeting require(MeetingSteps meetings, DelegateTask task, MeetingKind kind) {
        return meetings.ofProvision((Long) task.getVariable("provisionId"), kind)
                .orElseThrow(() -> new InvalidInput("workflow.meeting.not-recorded"));
    }
}
