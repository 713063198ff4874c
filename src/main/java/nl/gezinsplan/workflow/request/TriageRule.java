package nl.gezinsplan.workflow.request;

import java.util.Arrays;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.TriageOutcome;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes triage only with an outcome on the ladder, and never closes a medical referral or a court order at
 * triage. It runs inside the engine, so it holds whichever client completes the task.
 */
@Component("triageRule")
class TriageRule implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object given = task.getVariable("triageOutcome");
        TriageOutcome outcome = Arrays.stream(TriageOutcome.values())
                .filter(known -> known.name().equals(given))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("workflow.request.triage.outcome.required"));
        if (outcome.closesTheRequest() && Referrer.valueOf((String) task.getVariable("referrer")).binding()) {
            throw new InvalidInput("workflow.request.triage.binding-referral");
        }
    }
}
