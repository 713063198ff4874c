package nl.gezinsplan.workflow.perspective;

import java.time.LocalDate;
import nl.gezinsplan.base.InvalidInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a perspective talk that chooses extended youth care without an end date or beyond the 21st
 * birthday. It runs inside the engine, so it holds whichever client completes the task, the REST API included.
 */
@Component("extendedYouthCareLimit")
class ExtendedYouthCareLimit implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!Boolean.TRUE.equals(task.getVariable("extendedYouthCare"))) {
            return;
        }
        String end = (String) task.getVariable("extendedYouthCareEnd");
        if (end == null) {
            throw new InvalidInput("workflow.perspective-talk.extended-care.end.required");
        }
        LocalDate twentyFirst = LocalDate.parse((String) task.getVariable("birthDate")).plusYears(21);
        if (LocalDate.parse(end).isAfter(twentyFirst)) {
            throw new InvalidInput("workflow.perspective-talk.extended-care.beyond-21", twentyFirst);
        }
    }
}
