package nl.gezinsplan.workflow.provision;

import nl.gezinsplan.base.Law;
import nl.gezinsplan.workflow.ExtensionRequested;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Asks for an extension of the provision: the request route starts a new request from the published event. */
@Component("extensionRequest")
class ExtensionRequest implements JavaDelegate {

    private final ApplicationEventPublisher events;

    ExtensionRequest(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new ExtensionRequested((Long) execution.getVariable("provisionId"),
                (Long) execution.getVariable("familyId"), (Long) execution.getVariable("personId"),
                Law.valueOf((String) execution.getVariable("law")), (String) execution.getVariable("team")));
    }
}
