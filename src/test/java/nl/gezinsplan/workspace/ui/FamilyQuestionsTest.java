package nl.gezinsplan.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.stream.IntStream;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.portal.Questions;
import nl.gezinsplan.portal.WaitingQuestions;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

class FamilyQuestionsTest extends ViewTest {

    @Autowired
    TestRoutes routes;

    @Autowired
    TestMembers members;

    @Autowired
    Questions questions;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theContactPersonSeesTheQuestionWaitingAndAnswersItOnTheFamilyPage() {
        Request request = askedByTheParent("Kunnen we het gesprek verzetten?");
        long familyId = request.getFamilyId();
        loginAs("anna");
        navigate("werk");
        long waiting = questions.waitingForMe();
        assertThat(waiting).isPositive();
        assertThat(menuCount()).isEqualTo(Long.toString(waiting));

        navigate(questionsInMenu().getPath());
        @SuppressWarnings("unchecked")
        Grid<WaitingQuestions> list = _get(Grid.class, spec -> spec.withId("waiting-questions"));
        assertThat(IntStream.range(0, GridKt._size(list))
                .mapToObj(row -> (RouterLink) GridKt._getCellComponent(list, row, "family"))
                .map(RouterLink::getHref)).contains("gezinnen/" + familyId);

        navigate("gezinnen/" + familyId);
        openQuestionsTab();
        assertThat(_get(H3.class, spec -> spec.withText("Sam Route"))).isNotNull();
        assertThat(_get(Span.class, spec -> spec.withClasses("bubble-waiting")).getText()).isEqualTo("Wacht op antwoord");
        assertThat(bubbleTexts("bubble-theirs")).containsExactly("Kunnen we het gesprek verzetten?");

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Antwoord aan Sam Route")), "Ja, bel mij even.");
        _click(_get(Button.class, spec -> spec.withText("Antwoord versturen")));

        NotificationsKt.expectNotifications("Het antwoord is verstuurd. Sam Route ziet het in het portaal.");
        assertThat(_find(Span.class, spec -> spec.withClasses("bubble-waiting"))).isEmpty();
        assertThat(bubbleTexts("bubble-mine")).containsExactly("Ja, bel mij even.");
        assertThat(menuCount()).isEqualTo(waiting == 1 ? "" : Long.toString(waiting - 1));
    }

    @Test
    void anEmptyAnswerIsRefusedInItsField() {
        Request request = askedByTheParent("Is er een wachtlijst?");
        loginAs("anna");
        navigate("gezinnen/" + request.getFamilyId());
        openQuestionsTab();

        _click(_get(Button.class, spec -> spec.withText("Antwoord versturen")));

        TextArea answer = _get(TextArea.class, spec -> spec.withLabel("Antwoord aan Sam Route"));
        assertThat(answer.isInvalid()).isTrue();
        assertThat(answer.getErrorMessage()).isEqualTo("De tekst is leeg. Schrijf eerst wat u wilt vragen of zeggen.");
        assertThat(_find(Span.class, spec -> spec.withClasses("bubble-waiting"))).hasSize(1);
    }

    @Test
    void aManagerReadsTheQuestionsButDoesNotAnswerThem() {
        Request request = askedByTheParent("Wie betaalt de hulp?");
        loginAs("marieke");
        navigate("gezinnen/" + request.getFamilyId());
        openQuestionsTab();

        assertThat(bubbleTexts("bubble-theirs")).containsExactly("Wie betaalt de hulp?");
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Vragen van gezinnen");
    }

    @Test
    void aFamilyMemberCannotOpenTheConsultantsList() {
        Request request = askedByTheParent("Mag ik de lijst zien?");
        loginAs(jdbc.sql("select username from family_account where family_id = :id")
                .param("id", request.getFamilyId()).query(String.class).single());
        navigate("vragen");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(FamilyQuestionsView.class);
    }

    @Test
    void aFamilyWithoutQuestionsSaysSo() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        loginAs("anna");
        navigate("gezinnen/" + request.getFamilyId());
        openQuestionsTab();

        assertThat(_get(FamilyQuestionsPanel.class).getChildren()).singleElement()
                .isInstanceOfSatisfying(Paragraph.class, text -> assertThat(text.getText())
                        .isEqualTo("Het gezin heeft nog geen vragen gestuurd via het portaal."));
    }

    private Request askedByTheParent(String question) {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long parentId = jdbc.sql("select min(id) from person where family_id = :id and family_role = 'PARENT'")
                .param("id", request.getFamilyId()).query(Long.class).single();
        SignIn.as(users, members.portalLogin(parentId));
        questions.send(question);
        return request;
    }

    private static void openQuestionsTab() {
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Vragen van het gezin")));
    }

    private static List<String> bubbleTexts(String side) {
        return _find(Div.class, spec -> spec.withClasses(side)).stream()
                .map(bubble -> _get(bubble, Paragraph.class).getText()).toList();
    }

    private static SideNavItem questionsInMenu() {
        return _find(SideNavItem.class).stream().filter(item -> item.getLabel().equals("Vragen van gezinnen"))
                .findFirst().orElseThrow();
    }

    private static String menuCount() {
        Span count = (Span) questionsInMenu().getSuffixComponent();
        return count.isVisible() ? count.getText() : "";
    }
}
