package nl.gezinsplan.workflow.provision;

import nl.gezinsplan.base.InvalidInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a start meeting without an exit goal, or for residential care without exit criteria. It runs
 * inside the engine, so it holds whichever client completes the task, the REST API included.
 */
@Component("startMeetingGoals")
class StartMeetingGoals implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (isBlank(task.getVariable("exitGoal"))) {
            throw new InvalidInput("workflow.provision.exit-goal.required");
        }
        if (Boolean.TRUE.equals(task.getVariable("residential")) && isBlank(task.getVariable("exitCriteria"))) {
            throw new InvalidInput("workflow.provision.exit-criteria.required");
        }
    }

    private static boolean isBlank(Object text) {
        return !(text instanceof String given) || given.isBlank();
    }
}
