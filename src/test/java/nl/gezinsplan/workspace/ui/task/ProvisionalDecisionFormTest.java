package nl.gezinsplan.workspace.ui.task;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.RouteStep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A crisis's provisional decision as the consultant takes it: the care chosen, why it cannot wait, then granted. */
class ProvisionalDecisionFormTest extends ViewTest {

    @Autowired
    TestCases cases;

    @Autowired
    RequestRoute route;

    @Autowired
    Requests requests;

    @Autowired
    UserDetailsService users;

    @Test
    void withoutCareChosenTheDecisionIsRefusedAndTheReasonIsKept() {
        Request crisis = cases.request(Law.JEUGDWET, Referrer.CRISIS, Urgency.CRISIS, LocalDate.now());
        open("anna", crisis);
        assertThat(_get(H1.class).getText()).isEqualTo("Voorlopige beslissing");

        _setValue(_get(ProvisionalDecisionForm.class).motivation, "Moeder is opgenomen.");
        _click(_get(Button.class, spec -> spec.withText("Voorlopig toekennen")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Kies eerst minstens één voorziening die het gezin nu meteen krijgt.");
        assertThat(_get(ProvisionalDecisionForm.class).motivation.getValue()).isEqualTo("Moeder is opgenomen.");
        assertThat(step(crisis).taskKey()).isEqualTo("provisionalDecision");

        _click(_get(Button.class, spec -> spec.withText("Voorziening kiezen")));
        assertThat(_find(Dialog.class)).hasSize(1);
    }

    @Test
    void theChosenCareIsGrantedProvisionallyAndTheResearchFollows() {
        Request crisis = cases.request(Law.JEUGDWET, Referrer.CRISIS, Urgency.CRISIS, LocalDate.now());
        cases.propose(crisis, 2_000, 6, false);
        open("anna", crisis);
        _click(_get(Button.class, spec -> spec.withText("Voorlopig toekennen")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Schrijf op waarom de hulp niet kan wachten.");

        _setValue(_get(ProvisionalDecisionForm.class).motivation, "Moeder is opgenomen.");
        _click(_get(Button.class, spec -> spec.withText("Voorlopig toekennen")));

        NotificationsKt.expectNotifications("De taak is afgerond.");
        SignIn.as(users, "anna");
        assertThat(requests.get(crisis.getId()).getProvisionalMotivation()).isEqualTo("Moeder is opgenomen.");
        assertThat(step(crisis).taskKey()).isEqualTo("research");

        open("anna", crisis);
        assertThat(_get(CasePanel.class).getElement().getTextRecursively())
                .contains("Voorlopige beslissing: hulp meteen toegekend, tot en met",
                        "Waarom het niet kon wachten: Moeder is opgenomen.");
    }

    private void open(String user, Request request) {
        loginAs(user);
        navigate("taak/" + step(request).taskId());
    }

    private RouteStep step(Request request) {
        return route.openTaskOf(request.getId()).orElseThrow();
    }
}
