package nl.gezinsplan.workflow.request;

import java.util.Set;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.workflow.ModelIds;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The "nee, tenzij" check and the panel answer YES or NO (only the check may still doubt); a NO is a refusal, which
 * the law and our policy allow only with coded reasons and alternatives for the family.
 */
@Component("neeTenzijRule")
class NeeTenzijRule implements TaskListener {

    private static final String PANEL_TASK = ModelIds.PANEL_DECISION;

    @Override
    public void notify(DelegateTask task) {
        Object outcome = task.getVariable("neeTenzijOutcome");
        Set<String> allowed = PANEL_TASK.equals(task.getTaskDefinitionKey())
                ? Set.of("YES", "NO") : Set.of("YES", "NO", "DOUBT");
        if (!allowed.contains(outcome)) {
            throw new InvalidInput("workflow.request.nee-tenzij.outcome.required");
        }
        if ("NO".equals(outcome) && (blank(task.getVariable("refusalReasons")) || blank(task.getVariable("alternatives")))) {
            throw new InvalidInput("workflow.request.nee-tenzij.refusal.incomplete");
        }
    }

    private static boolean blank(Object value) {
        return !(value instanceof String text) || text.isBlank();
    }
}
