package nl.gezinsplan.workflow.provision;

import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.casework.ProvisionSteps;
import nl.gezinsplan.meeting.EvaluationOutcome;
import nl.gezinsplan.meeting.MeetingKind;
import nl.gezinsplan.meeting.MeetingSteps;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes the evaluation meeting only once its report has been recorded, and, when it ends care, the provision's
 * outflow reason too; routes by the recorded conclusion, not by what a client sent along, whichever client completes
 * the task.
 */
@Component("evaluationRecorded")
class EvaluationRecorded implements TaskListener {

    private final MeetingSteps meetings;
    private final ProvisionSteps provisions;

    EvaluationRecorded(MeetingSteps meetings, ProvisionSteps provisions) {
        this.meetings = meetings;
        this.provisions = provisions;
    }

    @Override
    public void notify(DelegateTask task) {
        String outcome = RecordedMeetings.require(meetings, task, MeetingKind.EVALUATION).outcome();
        if (EvaluationOutcome.END.name().equals(outcome)
                && !provisions.outflowRecorded((Long) task.getVariable("provisionId"))) {
            throw new InvalidInput("casework.provision.outflow-reason.required");
        }
        task.setVariable("evaluationOutcome", outcome);
    }
}
