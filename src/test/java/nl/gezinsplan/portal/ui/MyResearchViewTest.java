package nl.gezinsplan.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Set;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.i18n.Translations;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.ApplicationChannel;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.ResearchReports;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.TriageOutcome;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.portal.MyResearch;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The family reads its research report in the portal and gives its view once; an empty view is refused on screen. */
class MyResearchViewTest extends ViewTest {

    @Autowired
    TestCases cases;

    @Autowired
    RequestRoute route;

    @Autowired
    ResearchReports reports;

    @Autowired
    TestMembers members;

    @Autowired
    UserDetailsService users;

    @Autowired
    Requests requests;

    @Autowired
    MyResearch myResearch;

    @Test
    void aParentReadsTheReportAndGivesTheFamilysView() {
        Request request = researched();
        loginAs(members.portalLogin(members.parentOf(request.getFamilyId())));
        navigate("mijn-gezin/onderzoek");

        assertThat(_get(H1.class).getText()).isEqualTo("Onderzoek");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Voor Kim Route");
        assertThat(_get(Anchor.class, spec -> spec.withText("Verslag lezen (pdf)"))).isNotNull();

        _click(_get(Button.class, spec -> spec.withText("Mening versturen")));
        assertThat(_get(TextArea.class).isInvalid()).isTrue();
        assertThat(_get(TextArea.class).getErrorMessage()).isEqualTo("Schrijf eerst uw mening.");

        _setValue(_get(TextArea.class), "Oma kan maar één middag.");
        _click(_get(Button.class, spec -> spec.withText("Mening versturen")));
        NotificationsKt.expectNotifications("Uw mening is verstuurd naar uw consulent.");
        assertThat(_find(TextArea.class)).as("a view is given once").isEmpty();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Oma kan maar één middag.");

        SignIn.as(users, "carla");
        assertThat(reports.of(request.getId()).orElseThrow().getFamilyView()).isEqualTo("Oma kan maar één middag.");
    }

    @Test
    void aParentAgreesWithTheReportAndSoAppliesAndTheRouteGoesOn() {
        Request request = researched();
        assertThat(route.openTaskOf(request.getId())).as("waiting for the application").isEmpty();
        loginAs(members.portalLogin(members.parentOf(request.getFamilyId())));
        navigate("mijn-gezin/onderzoek");

        _click(_get(Button.class, spec -> spec.withText("Ik ben het eens en vraag de hulp aan")));

        NotificationsKt.expectNotifications("Uw aanvraag is ontvangen. U krijgt binnen twee weken een besluit.");
        assertThat(_find(Button.class, spec -> spec.withText("Ik ben het eens en vraag de hulp aan")))
                .as("an application is made once").isEmpty();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("U heeft de hulp aangevraagd op " + Formats.date(LocalDate.now(), Translations.DUTCH) + ".");
        assertThat(_find(TextArea.class)).as("the view can still be given").hasSize(1);

        SignIn.as(users, "carla");
        Request applied = requests.get(request.getId());
        assertThat(applied.getAppliedOn()).isEqualTo(LocalDate.now());
        assertThat(applied.getApplicationChannel()).isEqualTo(ApplicationChannel.PORTAL);
        assertThat(route.openTaskOf(request.getId()).orElseThrow().taskKey()).isEqualTo("updatePlan");
    }

    @Test
    void aReportWhoseApplicationTheConsultantRecordedOffersNoApplication() {
        Request request = researched();
        requests.apply(request.getId(), LocalDate.now(), ApplicationChannel.PAPER);
        loginAs(members.portalLogin(members.parentOf(request.getFamilyId())));
        navigate("mijn-gezin/onderzoek");

        assertThat(_find(Button.class, spec -> spec.withText("Ik ben het eens en vraag de hulp aan"))).isEmpty();
        assertThatThrownBy(() -> myResearch.applyByAgreeing(request.getId()))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.application.already-made");
    }

    @Test
    void aFamilyWithoutReportsIsToldSo() {
        SignIn.as(users, "anna");
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        loginAs(members.portalLogin(members.parentOf(request.getFamilyId())));
        navigate("mijn-gezin/onderzoek");

        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Er zijn nog geen verslagen.");
    }

    private Request researched() {
        SignIn.as(users, "carla");
        Request request = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        route.triage(taskOf(request), TriageOutcome.RESEARCH, Set.of(), null);
        route.completeResearch(taskOf(request), TestRoutes.findings());
        return request;
    }

    private String taskOf(Request request) {
        return route.openTaskOf(request.getId()).orElseThrow().taskId();
    }
}
