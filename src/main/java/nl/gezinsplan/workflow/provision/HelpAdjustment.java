package nl.gezinsplan.workflow.provision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks that the check meeting adjusted the help, so the evaluation meeting and history show it. */
@Component("helpAdjustment")
class HelpAdjustment implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("helpAdjusted", true);
    }
}
