package nl.gezinsplan.workflow.provision;

import java.util.Arrays;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.casework.OutflowReason;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Refuses to end care at the evaluation meeting without a known outflow reason, whichever client completes it. */
@Component("evaluationOutflow")
class EvaluationOutflow implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!"END".equals(task.getVariable("evaluationOutcome"))) {
            return;
        }
        Object reason = task.getVariable("outflowReason");
        if (Arrays.stream(OutflowReason.values()).noneMatch(known -> known.name().equals(reason))) {
            throw new InvalidInput("workflow.provision.outflow-reason.required");
        }
    }
}
