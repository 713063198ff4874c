package nl.gezinsplan.workflow.request;

import java.util.Set;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.workflow.Referrer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes triage only with an outcome on the ladder, and never closes a medical referral or a court order at
 * triage. It runs inside the engine, so it holds whichever client completes the task.
 */
@Component("triageRule")
class TriageRule implements TaskListener {

    private static final Set<String> CLOSING = Set.of("ADVICE", "NETWORK", "GENERAL_PROVISION");
    private static final String RESEARCH = "RESEARCH";

    @Override
    public void notify(DelegateTask task) {
        Object outcome = task.getVariable("triageOutcome");
        if (!RESEARCH.equals(outcome) && !CLOSING.contains(outcome)) {
            throw new InvalidInput("workflow.request.triage.outcome.required");
        }
        if (CLOSING.contains(outcome) && Referrer.valueOf((String) task.getVariable("referrer")).binding()) {
            throw new InvalidInput("workflow.request.triage.binding-referral");
        }
    }
}
