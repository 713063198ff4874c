package nl.gezinsplan.workflow.benefit;

import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.benefit.ReexaminationSteps;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The re-examination task moves on only once a re-examination of the right was recorded after the task was created,
 * and routes by its outcome as recorded, whichever client completes it (a variable it sends along is overwritten).
 * At creation it notes the latest re-examination there was.
 */
@Component("reexaminationRecorded")
class ReexaminationRecorded implements TaskListener {

    private static final String BEFORE = "reexaminationBefore";

    private final ReexaminationSteps steps;

    ReexaminationRecorded(ReexaminationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        long provisionId = (Long) task.getVariable("provisionId");
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariableLocal(BEFORE, steps.latest(provisionId));
            return;
        }
        String outcome = steps.outcomeAfter(provisionId, (Long) task.getVariableLocal(BEFORE))
                .orElseThrow(() -> new InvalidInput("workflow.reexamination.not-recorded")).name();
        task.setVariable("reexaminationOutcome", outcome);
    }
}
