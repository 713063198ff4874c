package nl.gezinsplan.workspace.ui.task;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.gezinsplan.decision.TestLetters.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import java.util.Map;
import nl.gezinsplan.Downloads;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.casework.ui.RequestsPanel;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.RouteStep;
import nl.gezinsplan.workflow.TestRoutes;
import nl.gezinsplan.workspace.ui.FamilyView;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A crisis's provisional decision as the consultant takes it (the care chosen, why it cannot wait, then granted) and
 * where it shows afterwards: among the task's earlier steps and in the request's history, not among what is proposed.
 */
class CrisisScreensTest extends ViewTest {

    @Autowired
    TestCases cases;

    @Autowired
    RequestRoute route;

    @Autowired
    Requests requests;

    @Autowired
    UserDetailsService users;

    @Autowired
    TaskService tasks;

    @Autowired
    TestMembers members;

    @Test
    void withoutCareChosenTheDecisionIsRefusedAndTheReasonIsKept() {
        Request crisis = cases.request(Law.JEUGDWET, Referrer.CRISIS, Urgency.CRISIS, LocalDate.now());
        open("anna", crisis);
        assertThat(_get(H1.class).getText()).isEqualTo("Voorlopige beslissing");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("Die hulp geldt voorlopig, tot uiterlijk "));

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

    @Test
    void theProposalAfterwardsListsOnlyWhatIsProposedNotTheProvisionalCare() {
        Request crisis = cases.request(Law.JEUGDWET, Referrer.CRISIS, Urgency.CRISIS, LocalDate.now());
        cases.propose(crisis, 2_000, 6, false);
        route.decideProvisionally(step(crisis).taskId(), "Moeder is opgenomen.");
        route.completeResearch(step(crisis).taskId(), TestRoutes.findings());
        tasks.complete(step(crisis).taskId(), Map.of("planAgreed", true));
        open("anna", crisis);
        assertThat(_get(H1.class).getText()).isEqualTo("Voorziening voorstellen");

        assertThat(_get(ProposedProvisions.class).getListDataView().getItemCount()).isZero();
    }

    @Test
    void theRequestsHistoryShowsTheProvisionalDecision() {
        Request crisis = cases.request(Law.JEUGDWET, Referrer.CRISIS, Urgency.CRISIS, LocalDate.now());
        cases.propose(crisis, 2_000, 6, false);
        route.decideProvisionally(step(crisis).taskId(), "Moeder is opgenomen.");
        loginAs("anna");
        UI.getCurrent().navigate(FamilyView.class, crisis.getFamilyId());

        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Hulpvragen")));
        @SuppressWarnings("unchecked")
        Grid<Request> grid = _get(_get(RequestsPanel.class), Grid.class);
        GridKt._clickItem(grid, 0);

        assertThat(_find(_get(Dialog.class), ListItem.class)).extracting(ListItem::getText)
                .anyMatch(line -> line.contains(": Voorlopige beslissing: hulp meteen toegekend, tot en met "));
    }

    @Test
    void theFamilyReadsTheProvisionalDecisionInThePortal() {
        Request crisis = cases.request(Law.JEUGDWET, Referrer.CRISIS, Urgency.CRISIS, LocalDate.now());
        cases.propose(crisis, 2_000, 6, false);
        route.decideProvisionally(step(crisis).taskId(), "Moeder is opgenomen.");
        loginAs(members.portalLogin(members.parentOf(crisis.getFamilyId())));
        navigate("mijn-gezin/hulp");

        assertThat(_find(H3.class)).extracting(H3::getText)
                .contains("U krijgt de hulp voorlopig, tot het definitieve besluit");
        FakeResponse letter = Downloads.fetch(_get(Anchor.class, spec -> spec.withText("Brief openen (pdf)")));
        assertThat(textOf(letter.getBuffer().toByteArray())).contains("Dit is een voorlopig besluit.");
    }

    private void open(String user, Request request) {
        loginAs(user);
        navigate("taak/" + step(request).taskId());
    }

    private RouteStep step(Request request) {
        return route.openTaskOf(request.getId()).orElseThrow();
    }
}
