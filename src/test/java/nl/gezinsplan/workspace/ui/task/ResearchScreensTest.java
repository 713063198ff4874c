package nl.gezinsplan.workspace.ui.task;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import java.util.Set;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.ApplicationChannel;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.ResearchReports;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.TriageOutcome;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.casework.ui.RequestsPanel;
import nl.gezinsplan.casework.ui.ResearchReportPanel;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.portal.MyResearch;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.TestRoutes;
import nl.gezinsplan.workspace.ui.FamilyView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The research task's form records the report and refuses what is missing, keeping what was typed; the consultant
 * then sees the report, and the family's view once given, on the request and on the request's next task.
 */
class ResearchScreensTest extends ViewTest {

    @Autowired
    TestCases cases;

    @Autowired
    Requests requests;

    @Autowired
    RequestRoute route;

    @Autowired
    ResearchReports reports;

    @Autowired
    MyResearch myResearch;

    @Autowired
    TestMembers members;

    @Autowired
    UserDetailsService users;

    /** Fills every field of the form as a consultant would after the conversation. */
    static void fill(ResearchForm form) {
        _setValue(form.participants, "Vader, moeder, consulent");
        _setValue(form.ownStrength, "Vader kookt en doet de boodschappen");
        _setValue(form.network, "De buren halen de kinderen van school");
        _setValue(form.generalProvisions, "Maaltijdservice van de wijk");
        _setValue(form.needed, "Hulp bij het huishouden");
        _setValue(form.conclusion, "Huishoudelijke hulp, drie uur per week");
    }

    @Test
    void theFormRefusesAReportWithoutConclusionKeepingWhatWasTypedThenRecordsIt() {
        Request request = inResearch();
        open(request);
        ResearchForm form = _get(ResearchForm.class);
        assertThat(form.conversationOn.getValue()).isEqualTo(LocalDate.now());
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Het verslag gaat als pdf naar het portaal van het gezin. Het gezin kan daar zijn "
                        + "zienswijze geven.");
        fill(form);
        _setValue(form.conclusion, "");

        _click(_get(Button.class, spec -> spec.withText("Onderzoek afgerond")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Vul de conclusie in.");
        assertThat(form.needed.getValue()).as("nothing typed is lost").isEqualTo("Hulp bij het huishouden");

        _setValue(form.conclusion, "Huishoudelijke hulp, drie uur per week");
        _click(_get(Button.class, spec -> spec.withText("Onderzoek afgerond")));
        NotificationsKt.expectNotifications("De taak is afgerond.");
        assertThat(reports.of(request.getId()).orElseThrow().getConclusion())
                .isEqualTo("Huishoudelijke hulp, drie uur per week");
    }

    @Test
    void theNextTaskAndTheRequestShowTheReportAndTheFamilysView() {
        Request request = inResearch();
        route.completeResearch(taskOf(request), TestRoutes.findings());
        SignIn.as(users, members.portalLogin(members.parentOf(request.getFamilyId())));
        myResearch.addView(request.getId(), "Oma kan maar één middag.");
        myResearch.applyByAgreeing(request.getId());

        open(request);
        ResearchReportPanel onTask = _get(ResearchReportPanel.class);
        assertThat(_find(onTask, Paragraph.class)).extracting(Paragraph::getText)
                .contains("Begeleiding thuis voor een half jaar", "Oma kan maar één middag.");
        assertThat(_get(onTask, Anchor.class).getText()).isEqualTo("Verslag openen (pdf)");

        UI.getCurrent().navigate(FamilyView.class, request.getFamilyId());
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Hulpvragen")));
        @SuppressWarnings("unchecked")
        Grid<Request> grid = _get(_get(RequestsPanel.class), Grid.class);
        GridKt._clickItem(grid, 0);
        Dialog dialog = _get(Dialog.class);
        assertThat(_find(dialog, Paragraph.class)).extracting(Paragraph::getText)
                .contains("Gesprek op " + nl.gezinsplan.casework.ui.Formats.date(LocalDate.now(), UI.getCurrent()
                        .getLocale()) + " met Moeder, consulent", "Oma kan maar één middag.");
    }

    @Test
    void aReportWithoutAViewSaysSo() {
        Request request = inResearch();
        route.completeResearch(taskOf(request), TestRoutes.findings());
        requests.apply(request.getId(), LocalDate.now(), ApplicationChannel.PAPER);

        open(request);
        assertThat(_find(_get(ResearchReportPanel.class), Paragraph.class)).extracting(Paragraph::getText)
                .contains("Het gezin heeft nog geen zienswijze gegeven.");
    }

    @Test
    void theConsultantRecordsAnApplicationOnPaperOnTheRequestAndTheRouteGoesOnAtOnce() {
        Request request = inResearch();
        route.completeResearch(taskOf(request), TestRoutes.findings());
        assertThat(route.openTaskOf(request.getId())).as("waits for the application").isEmpty();
        loginAs("carla");
        navigate("gezinnen/" + request.getFamilyId());
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Hulpvragen")));
        @SuppressWarnings("unchecked")
        Grid<Request> grid = _get(_get(RequestsPanel.class), Grid.class);
        GridKt._clickItem(grid, 0);
        Dialog dialog = _get(Dialog.class);

        _click(_get(dialog, Button.class, spec -> spec.withText("Aanvraag vastleggen")));
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Vul in wanneer en hoe de aanvraag is gedaan.");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ApplicationChannel> channel = _get(dialog, RadioButtonGroup.class);
        _setValue(channel, ApplicationChannel.PAPER);
        _click(_get(dialog, Button.class, spec -> spec.withText("Aanvraag vastleggen")));

        NotificationsKt.expectNotifications("De aanvraag is vastgelegd.");
        assertThat(_find(Dialog.class)).isEmpty();
        SignIn.as(users, "carla");
        assertThat(requests.get(request.getId()).getApplicationChannel()).isEqualTo(ApplicationChannel.PAPER);
        assertThat(route.openTaskOf(request.getId()).orElseThrow().taskKey()).isEqualTo("updatePlan");
        GridKt._clickItem(grid, 0);
        assertThat(_find(_get(Dialog.class), Button.class, spec -> spec.withText("Aanvraag vastleggen")))
                .as("an application is recorded once").isEmpty();
    }

    private Request inResearch() {
        SignIn.as(users, "carla");
        Request request = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        route.triage(taskOf(request), TriageOutcome.RESEARCH, Set.of(), null);
        return request;
    }

    private void open(Request request) {
        loginAs("carla");
        navigate("taak/" + taskOf(request));
    }

    private String taskOf(Request request) {
        return route.openTaskOf(request.getId()).orElseThrow().taskId();
    }
}
