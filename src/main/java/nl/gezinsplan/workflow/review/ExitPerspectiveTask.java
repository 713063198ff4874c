package nl.gezinsplan.workflow.review;

import java.util.List;
import nl.gezinsplan.casework.ProvisionSteps.ResidentialEnding;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives each exit-perspective task the ids of its provision, family and person, so an inbox can show them. A create
 * listener, because the instance's loop counter is not yet visible to input mappings of a multi-instance task.
 */
@Component("exitPerspectiveTask")
class ExitPerspectiveTask implements TaskListener {

    @Override
    @SuppressWarnings("unchecked")
    public void notify(DelegateTask task) {
        int loopCounter = (Integer) task.getVariable("loopCounter");
        ResidentialEnding ending = ((List<ResidentialEnding>) task.getVariable("endings")).get(loopCounter);
        task.setVariableLocal("provisionId", ending.provisionId());
        task.setVariableLocal("familyId", ending.familyId());
        task.setVariableLocal("personId", ending.personId());
    }
}
