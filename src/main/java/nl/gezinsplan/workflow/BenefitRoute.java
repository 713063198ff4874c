package nl.gezinsplan.workflow;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.gezinsplan.base.AfterCommit;
import nl.gezinsplan.benefit.ReexaminationOutcome;
import nl.gezinsplan.benefit.ReexaminationSteps;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.ProvisionEndedEarly;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The re-examination of a granted right to income support (bpmn/reexamination.bpmn): every cycle a task for the team,
 * whose outcome (the right continues, changes or ends) is case data in {@code benefit}; the route ends with the right.
 */
@Service
@Transactional
public class BenefitRoute {

    static final String PROCESS = ModelIds.REEXAMINATION;

    private final RuntimeService runtime;
    private final EngineCalls engine;
    private final Correlations correlations;
    private final ReexaminationSteps steps;

    BenefitRoute(RuntimeService runtime, EngineCalls engine, Correlations correlations, ReexaminationSteps steps) {
        this.runtime = runtime;
        this.engine = engine;
        this.correlations = correlations;
        this.steps = steps;
    }

    /**
     * Starts the re-examination of a granted provision when it is a right to income support; returns the process
     * instance id, or empty for other care.
     */
    public Optional<String> startIfIncomeSupport(GrantedCare granted) {
        if (!steps.isIncomeSupport(granted.provisionId())) {
            return Optional.empty();
        }
        return Optional.of(runtime.startProcessInstanceByKey(PROCESS, businessKey(granted.provisionId()), Map.of(
                "provisionId", granted.provisionId(),
                "familyId", granted.familyId(),
                "personId", granted.personId(),
                "team", granted.law().teamCode(),
                "law", granted.law().name())).getId());
    }

    /**
     * Records the re-examination with its outcome and completes the task; a right that ends is ended on
     * {@code endsOn}. Refused, with the reason, when the outcome's rules are not met; the task then stays open.
     */
    public void reexamine(String taskId, ReexaminationOutcome outcome, String findings, LocalDate endsOn) {
        steps.record(engine.variable(taskId, "provisionId", Long.class), outcome, findings, endsOn);
        engine.complete(taskId, Map.of());
    }

    /** A right ended before its time (on the family page, or by its own re-examination) ends its re-examinations. */
    @AfterCommit
    void endedEarly(ProvisionEndedEarly ended) {
        correlations.correlate(Correlations.PROVISION_ENDED_EARLY, businessKey(ended.provisionId()),
                Map.of("endedOn", ended.endDate().toString()));
    }

    static String businessKey(long provisionId) {
        return "right-" + provisionId;
    }
}
