package nl.gezinsplan.workflow.provision;

import nl.gezinsplan.workflow.CareEnded;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the application that care ends: stopped at the check meeting, or with the evaluation's outflow reason. */
@Component("careEnding")
class CareEnding implements JavaDelegate {

    private final ApplicationEventPublisher events;

    CareEnding(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = "STOP".equals(execution.getVariable("checkOutcome"))
                ? CareEnded.STOPPED_NOT_WORKING
                : (String) execution.getVariable("outflowReason");
        events.publishEvent(new CareEnded((Long) execution.getVariable("provisionId"),
                (Long) execution.getVariable("familyId"), (Long) execution.getVariable("personId"), reason));
    }
}
