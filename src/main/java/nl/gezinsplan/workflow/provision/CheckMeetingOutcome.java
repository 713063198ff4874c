package nl.gezinsplan.workflow.provision;

import java.util.Arrays;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.workflow.CheckOutcome;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes the check meeting only with its verdict on the help (continue, adjust, stop), whichever client does. */
@Component("checkMeetingOutcome")
class CheckMeetingOutcome implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object outcome = task.getVariable("checkOutcome");
        if (Arrays.stream(CheckOutcome.values()).noneMatch(known -> known.name().equals(outcome))) {
            throw new InvalidInput("workflow.provision.check-outcome.required");
        }
    }
}
