package nl.gezinsplan.workflow.provision;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Works out from the period of care when the start, check and evaluation meetings are due. */
@Component("provisionMeetingPlanning")
class ProvisionMeetingPlanning implements JavaDelegate {

    private final Period startMeetingWithin;
    private final Period evaluationBeforeEnd;

    ProvisionMeetingPlanning(
            @Value("${gezinsplan.workflow.provision.start-meeting-within:P2W}") Period startMeetingWithin,
            @Value("${gezinsplan.workflow.provision.evaluation-before-end:P6W}") Period evaluationBeforeEnd) {
        this.startMeetingWithin = startMeetingWithin;
        this.evaluationBeforeEnd = evaluationBeforeEnd;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate careStart = LocalDate.parse((String) execution.getVariable("careStart"));
        LocalDate careEnd = LocalDate.parse((String) execution.getVariable("careEnd"));
        LocalDate halfWay = careStart.plusDays(ChronoUnit.DAYS.between(careStart, careEnd) / 2);
        // in short care the evaluation window would open before half-way; the check meeting still comes first
        LocalDate evaluation = latest(halfWay, careEnd.minus(evaluationBeforeEnd));
        execution.setVariable("startMeetingDue", EngineDates.startOf(careStart.plus(startMeetingWithin)));
        execution.setVariable("checkAt", EngineDates.startOf(halfWay));
        execution.setVariable("evaluationAt", EngineDates.startOf(evaluation));
        execution.setVariable("evaluationDue", EngineDates.startOf(careEnd));
    }

    private static LocalDate latest(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
