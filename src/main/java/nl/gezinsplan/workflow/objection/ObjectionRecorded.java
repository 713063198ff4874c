package nl.gezinsplan.workflow.objection;

import java.util.Map;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.objection.ObjectionStage;
import nl.gezinsplan.objection.ObjectionStatus;
import nl.gezinsplan.objection.ObjectionSteps;
import nl.gezinsplan.workflow.ModelIds;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes a step of an objection's route only once the step is recorded with the objection, and routes on what it
 * recorded (admissible, resolved in the talk, well-founded) rather than on what a client passed. It runs inside the
 * engine, so it holds whichever client completes the task.
 */
@Component("objectionRecorded")
class ObjectionRecorded implements TaskListener {

    /** The step each task records. */
    private static final Map<String, ObjectionStage> STEPS = Map.of(
            ModelIds.ASSESS_ADMISSIBILITY, ObjectionStage.ADMISSIBILITY,
            ModelIds.INFORMAL_TALK, ObjectionStage.TALK,
            ModelIds.HOLD_HEARING, ObjectionStage.HEARING,
            ModelIds.RECORD_ADVICE, ObjectionStage.ADVICE,
            ModelIds.DECIDE_OBJECTION, ObjectionStage.DECISION);

    private final ObjectionSteps steps;

    ObjectionRecorded(ObjectionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        long objectionId = ((Number) task.getVariable("objectionId")).longValue();
        if (steps.stage(objectionId) == STEPS.get(task.getTaskDefinitionKey())) {
            throw new InvalidInput("objection.step.not-recorded");
        }
        ObjectionStatus status = steps.status(objectionId);
        task.setVariable("admissible", status != ObjectionStatus.INADMISSIBLE);
        task.setVariable("resolvedInTalk", status == ObjectionStatus.WITHDRAWN);
        task.setVariable("wellFounded", status == ObjectionStatus.WELL_FOUNDED);
    }
}
