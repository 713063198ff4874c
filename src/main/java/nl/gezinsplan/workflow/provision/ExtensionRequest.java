package nl.gezinsplan.workflow.provision;

import nl.gezinsplan.casework.RequestSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * An extension is legally a new application: the evaluation meeting's request registers a new request for the same
 * person and law, whose route goes through triage and approval again.
 */
@Component("extensionRequest")
class ExtensionRequest implements JavaDelegate {

    private final RequestSteps requests;

    ExtensionRequest(RequestSteps requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.registerExtension((Long) execution.getVariable("provisionId"));
    }
}
