package nl.gezinsplan.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.plan.Agreement;
import nl.gezinsplan.plan.Goal;
import nl.gezinsplan.plan.GoalStatus;
import nl.gezinsplan.plan.PlanDraft;
import nl.gezinsplan.plan.Plans;
import nl.gezinsplan.portal.QuestionOrAnswer;
import nl.gezinsplan.portal.Questions;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class MyFamilyViewTest extends ViewTest {

    @Autowired
    Plans plans;

    @Autowired
    Questions questions;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestRoutes routes;

    @Autowired
    TestMembers members;

    @Autowired
    RequestRoute route;

    @Test
    void aParentReadsThePlanInPlainWordsAndAgreesToIt() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        loginAs(members.portalLogin(members.parentOf(request.getFamilyId())));
        navigate("mijn-gezin");

        assertThat(_get(H1.class).getText()).isEqualTo("Gezin Route");
        assertThat(_find(H3.class)).extracting(H3::getText)
                .contains("Uw contactpersoon", "Weer naar school", "Nieuw voor u");

        _click(_find(Button.class, spec -> spec.withText("Ik ben het eens met dit plan")).get(0));

        NotificationsKt.expectNotifications("Dank u wel. Uw contactpersoon ziet dat u het eens bent met het plan.");
        assertThat(_find(Button.class, spec -> spec.withText("Ik ben het eens met dit plan"))).isEmpty();
        assertThat(route.openTaskOf(request.getId()).orElseThrow().name()).isEqualTo("Voorziening voorstellen");
    }

    @Test
    void belowThePlanAParentAgreesOrSaysTheyDoNotAgreeOrAsksAQuestion() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long familyId = request.getFamilyId();
        int version = plans.current(familyId).orElseThrow().number();
        loginAs(members.portalLogin(members.parentOf(familyId)));
        navigate("mijn-gezin");

        PortalCard below = belowThePlan();
        assertThat(_find(below, Button.class)).extracting(Button::getText).containsExactly(
                "Ik ben het eens met dit plan", "Ik ben het niet eens met dit plan", "Ik heb een vraag over het plan");

        _click(_get(below, Button.class, spec -> spec.withText("Ik ben het niet eens met dit plan")));
        TextArea why = _get(below, TextArea.class, spec -> spec.withLabel("Wat wilt u anders? Schrijf het hier."));
        _click(_get(below, Button.class, spec -> spec.withText("Versturen")));
        assertThat(why.isInvalid()).isTrue();
        assertThat(why.getErrorMessage()).isEqualTo("De tekst is leeg. Schrijf eerst wat u wilt vragen of zeggen.");
        _setValue(why, "Kim wil eerst een halve dag naar school.");
        _click(_get(below, Button.class, spec -> spec.withText("Versturen")));
        NotificationsKt.expectNotifications("Dank u wel. Uw contactpersoon leest het. U ziet het antwoord bij Vragen.");

        below = belowThePlan();
        _click(_get(below, Button.class, spec -> spec.withText("Ik heb een vraag over het plan")));
        _setValue(_get(below, TextArea.class, spec -> spec.withLabel("Uw vraag over het plan")),
                "Wie praat er met school?");
        _click(_get(below, Button.class, spec -> spec.withText("Versturen")));
        NotificationsKt.expectNotifications("Dank u wel. Uw contactpersoon leest het. U ziet het antwoord bij Vragen.");
        assertThat(questions.mine().items()).extracting(QuestionOrAnswer::text).containsExactly(
                "Ik ben het niet eens met versie " + version + " van het plan. Kim wil eerst een halve dag naar school.",
                "Vraag over versie " + version + " van het plan: Wie praat er met school?");

        _click(_get(belowThePlan(), Button.class, spec -> spec.withText("Ik ben het eens met dit plan")));
        NotificationsKt.expectNotifications("Dank u wel. Uw contactpersoon ziet dat u het eens bent met het plan.");
        assertThat(_find(Button.class, spec -> spec.withText("Ik ben het eens met dit plan"))).isEmpty();
        assertThat(route.openTaskOf(request.getId()).orElseThrow().name()).isEqualTo("Voorziening voorstellen");
    }

    @Test
    void aParentSeesWhatChangedSinceTheVersionTheyAgreedTo() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long familyId = request.getFamilyId();
        String parent = members.portalLogin(members.parentOf(familyId));
        SignIn.as(users, parent);
        int agreed = plans.current(familyId).orElseThrow().number();
        plans.agreeInPortal(agreed);

        SignIn.as(users, TestCases.consultantOf(Law.JEUGDWET));
        PlanDraft changed = PlanDraft.from(plans.current(familyId).orElseThrow());
        Goal school = changed.goals().get(0);
        changed.goals().set(0, new Goal(school.itemKey(), school.law(), school.personId(), school.description(),
                "Kim gaat vier dagen per week naar school", school.targetDate(), GoalStatus.IN_PROGRESS));
        changed.agreements().add(Agreement.create("Sam", "Belt de school over de lestijden", null));
        plans.save(familyId, changed);

        loginAs(parent);
        navigate("mijn-gezin");
        PortalCard changes = _get(PortalCard.class, spec -> spec.withClasses("portal-plan-changes"));
        assertThat(_get(changes, H3.class).getText())
                .isEqualTo("Wat is er anders dan versie " + agreed + ", waar u het mee eens was?");
        assertThat(_find(changes, Paragraph.class)).extracting(Paragraph::getText).containsExactly(
                "Doel veranderd: " + school.description(), "Nieuwe afspraak: Belt de school over de lestijden");
    }

    @Test
    void aPlanNeverAgreedToShowsNoChanges() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        loginAs(members.portalLogin(members.parentOf(request.getFamilyId())));
        navigate("mijn-gezin");
        assertThat(_find(PortalCard.class, spec -> spec.withClasses("portal-plan-changes"))).isEmpty();
    }

    private static PortalCard belowThePlan() {
        return _get(PortalCard.class, spec -> spec.withClasses("portal-plan-react"));
    }

    @Test
    void staffCannotOpenThePortal() {
        loginAs("anna");
        navigate("mijn-gezin");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(MyFamilyView.class);
    }
}
