package nl.gezinsplan.workflow.review;

import java.util.List;
import nl.gezinsplan.casework.ProvisionSteps;
import nl.gezinsplan.casework.ProvisionSteps.ResidentialEnding;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives each exit-perspective task the ids of its provision, family and person when it is created, so an inbox can
 * show them (a listener, because the instance's loop counter is not yet visible to input mappings of a multi-instance
 * task); and completes it only once the provider's answer is recorded with the provision, whichever client completes.
 */
@Component("exitPerspectiveTask")
class ExitPerspectiveTask implements TaskListener {

    private final ProvisionSteps provisions;

    ExitPerspectiveTask(ProvisionSteps provisions) {
        this.provisions = provisions;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            provisions.requireExitPerspectiveSince((Long) task.getVariableLocal("provisionId"),
                    EngineDates.dayOf(task.getCreateTime()));
        } else {
            giveIds(task);
        }
    }

    @SuppressWarnings("unchecked")
    private static void giveIds(DelegateTask task) {
        int loopCounter = (Integer) task.getVariable("loopCounter");
        ResidentialEnding ending = ((List<ResidentialEnding>) task.getVariable("endings")).get(loopCounter);
        task.setVariableLocal("provisionId", ending.provisionId());
        task.setVariableLocal("familyId", ending.familyId());
        task.setVariableLocal("personId", ending.personId());
    }
}
