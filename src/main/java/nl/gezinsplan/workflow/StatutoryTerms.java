package nl.gezinsplan.workflow;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import nl.gezinsplan.base.Law;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/** The statutory terms of the social domain, from the DMN table {@code statutoryTerm} (bpmn/statutory-term.dmn). */
@Service
public class StatutoryTerms {

    private final DecisionService decisions;

    StatutoryTerms(DecisionService decisions) {
        this.decisions = decisions;
    }

    /**
     * When a step under a law must be done if it starts on {@code from}; empty when the law sets no term for that step
     * (Jeugdwet and Participatiewet have none for the research report).
     */
    public Optional<StatutoryDeadline> deadline(Law law, TermStage stage, LocalDate from) {
        DmnDecisionResultEntries row = decisions.evaluateDecisionByKey(ModelIds.STATUTORY_TERM)
                .variables(Map.of("law", law.name(), "stage", stage.name()))
                .evaluate()
                .getSingleResult();
        if (row == null) {
            return Optional.empty();
        }
        LocalDate due = from.plus(Period.parse(row.getEntry("term")));
        return Optional.of(new StatutoryDeadline(due, due.minus(Period.parse(row.getEntry("reminderBefore")))));
    }
}
