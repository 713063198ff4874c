package nl.gezinsplan.workflow.benefit;

import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How often a right to income support is re-examined: gezinsplan.workflow.participation.reexamination-cycle. */
@Component
public class ReexaminationSettings {

    private final Period cycle;

    ReexaminationSettings(@Value("${gezinsplan.workflow.participation.reexamination-cycle:P1Y}") Period cycle) {
        if (cycle.isNegative() || cycle.isZero()) {
            throw new IllegalArgumentException("gezinsplan.workflow.participation.reexamination-cycle must be positive");
        }
        this.cycle = cycle;
    }

    public Period cycle() {
        return cycle;
    }
}
