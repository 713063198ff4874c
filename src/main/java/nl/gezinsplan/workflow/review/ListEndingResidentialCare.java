package nl.gezinsplan.workflow.review;

import nl.gezinsplan.casework.ProvisionSteps;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Lists the residential provisions ending within the review window. The list is a transient variable: the
 * multi-instance task reads it in the same transaction to give each task its ids, and it is never stored.
 */
@Component("listEndingResidentialCare")
class ListEndingResidentialCare implements JavaDelegate {

    private final ProvisionSteps provisions;
    private final ResidentialReviewSettings settings;

    ListEndingResidentialCare(ProvisionSteps provisions, ResidentialReviewSettings settings) {
        this.provisions = provisions;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("endings", Variables.objectValue(
                provisions.residentialEndingWithin(EngineDates.today(), settings.getWindow()), true).create());
    }
}
