package nl.gezinsplan.workflow.perspective;

import java.time.LocalDate;
import java.time.Period;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Works out from the birth date when the talk is due, when it is late and when it must be done by. */
@Component("perspectiveTalkPlanning")
class PerspectiveTalkPlanning implements JavaDelegate {

    private static final Period TALK_AGE = Period.of(16, 6, 0);
    private static final Period ADULT = Period.ofYears(18);

    private final Period escalateBeforeEighteen;

    PerspectiveTalkPlanning(
            @Value("${gezinsplan.workflow.perspective-talk.escalate-before-eighteen:P3M}") Period escalateBeforeEighteen) {
        this.escalateBeforeEighteen = escalateBeforeEighteen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate birthDate = LocalDate.parse((String) execution.getVariable("birthDate"));
        LocalDate talkAt = birthDate.plus(TALK_AGE);
        LocalDate eighteen = birthDate.plus(ADULT);
        execution.setVariable("talkNow", !talkAt.isAfter(EngineDates.today()));
        execution.setVariable("talkAt", EngineDates.startOf(talkAt));
        execution.setVariable("talkDue", EngineDates.startOf(eighteen));
        execution.setVariable("escalateAt", EngineDates.startOf(eighteen.minus(escalateBeforeEighteen)));
    }
}
