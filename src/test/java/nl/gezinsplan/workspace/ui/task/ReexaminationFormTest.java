package nl.gezinsplan.workspace.ui.task;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.benefit.ReexaminationOutcome;
import nl.gezinsplan.benefit.TestRights;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.workflow.BenefitRoute;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The re-examination's task form: the outcome with what it showed, and for a right that ends, its last day. */
class ReexaminationFormTest extends ViewTest {

    @Autowired
    TestRights rights;

    @Autowired
    BenefitRoute route;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRightThatEndsNeedsItsLastDayAndIsEnded() {
        GrantedCare right = rights.granted(LocalDate.now().minusMonths(3), LocalDate.now().plusYears(2));
        String instance = route.startIfIncomeSupport(right).orElseThrow();
        // the year has passed: the timer's job runs now
        management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
        String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        loginAs(TestRights.CONSULTANT);
        navigate("taak/" + taskId);
        assertThat(_get(H1.class).getText()).isEqualTo("Heronderzoek recht op bijstand");

        ReexaminationForm form = _get(ReexaminationForm.class);
        assertThat(form.endsOn.isVisible()).isFalse();
        _setValue(form.findings, "Sam werkt sinds kort 32 uur per week.");
        _setValue(form.outcome, ReexaminationOutcome.ENDS);
        assertThat(form.endsOn.isVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withText("Afronden")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Kies de laatste dag van de uitkering.");
        assertThat(form.findings.getValue()).as("nothing typed is lost").isEqualTo("Sam werkt sinds kort 32 uur per week.");

        LocalDate lastDay = LocalDate.now().plusMonths(1);
        _setValue(form.endsOn, lastDay);
        _click(_get(Button.class, spec -> spec.withText("Afronden")));

        NotificationsKt.expectNotifications("De taak is afgerond.");
        assertThat(jdbc.sql("select status from provision where id = :id").param("id", right.provisionId())
                .query(String.class).single()).isEqualTo("ENDED");
    }
}
