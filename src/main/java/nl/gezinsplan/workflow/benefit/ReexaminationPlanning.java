package nl.gezinsplan.workflow.benefit;

import java.time.LocalDate;
import nl.gezinsplan.benefit.ReexaminationSteps;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Plans the next re-examination of a right one cycle from today (the grant, or the last re-examination), and finds
 * whether the right still runs then: a right that ends before it is not re-examined again.
 */
@Component("reexaminationPlanning")
class ReexaminationPlanning implements JavaDelegate {

    private final ReexaminationSteps steps;
    private final ReexaminationSettings settings;

    ReexaminationPlanning(ReexaminationSteps steps, ReexaminationSettings settings) {
        this.steps = steps;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate next = EngineDates.today().plus(settings.cycle());
        execution.setVariable("reexaminationAt", EngineDates.startOf(next));
        execution.setVariable("rightRunsThen", steps.runsOn((Long) execution.getVariable("provisionId"), next));
    }
}
