package nl.gezinsplan.workflow.provision;

import nl.gezinsplan.casework.Requests;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * An extension is legally a new application: the evaluation meeting's request registers a new request for the same
 * person and law, whose route goes through triage and approval again.
 */
@Component("extensionRequest")
class ExtensionRequest implements JavaDelegate {

    private final Requests requests;

    ExtensionRequest(Requests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.registerExtension((Long) execution.getVariable("provisionId"));
    }
}
