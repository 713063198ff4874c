package nl.gezinsplan.workflow.provision;

import nl.gezinsplan.casework.ProvisionSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Ends the care: stopped at once when the check meeting found it does not work. After the evaluation the care runs on
 * to its end date; its outflow reason was recorded with the meeting.
 */
@Component("careEnding")
class CareEnding implements JavaDelegate {

    private final ProvisionSteps provisions;

    CareEnding(ProvisionSteps provisions) {
        this.provisions = provisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if ("STOP".equals(execution.getVariable("checkOutcome"))) {
            provisions.stop((Long) execution.getVariable("provisionId"));
        }
    }
}
