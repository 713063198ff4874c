package nl.gezinsplan.workflow.provision;

import nl.gezinsplan.casework.OutflowReason;
import nl.gezinsplan.casework.Provisions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends the care: stopped at once when the check meeting found it does not work, else at its end with the outflow. */
@Component("careEnding")
class CareEnding implements JavaDelegate {

    private final Provisions provisions;

    CareEnding(Provisions provisions) {
        this.provisions = provisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long provisionId = (Long) execution.getVariable("provisionId");
        if ("STOP".equals(execution.getVariable("checkOutcome"))) {
            provisions.stopByRoute(provisionId);
        } else {
            provisions.recordOutflow(provisionId, OutflowReason.valueOf((String) execution.getVariable("outflowReason")));
        }
    }
}
