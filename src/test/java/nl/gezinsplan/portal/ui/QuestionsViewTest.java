package nl.gezinsplan.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.portal.Questions;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class QuestionsViewTest extends ViewTest {

    @Autowired
    TestRoutes routes;

    @Autowired
    TestMembers members;

    @Autowired
    Questions questions;

    @Autowired
    UserDetailsService users;

    @Test
    void aParentSendsAQuestionThatAppearsAtTheBottomOfTheirQuestions() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        loginAs(members.portalLogin(members.parentOf(request.getFamilyId())));
        navigate("mijn-gezin/vragen");

        assertThat(_get(H1.class).getText()).isEqualTo("Vragen aan uw contactpersoon");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("Anna") && text.contains("geeft hier antwoord"))
                .contains("U heeft nog geen vragen gestuurd.");

        send("Wanneer komt u langs?");
        send("En mag mijn zus erbij zijn?");

        assertThat(_get(TextArea.class).getValue()).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withText("U heeft nog geen vragen gestuurd."))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("bubble-mine")))
                .extracting(bubble -> _get(bubble, Paragraph.class).getText())
                .containsExactly("Wanneer komt u langs?", "En mag mijn zus erbij zijn?");
    }

    @Test
    void anEmptyOrTooLongMessageStaysInTheFieldWithAClearMessage() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        loginAs(members.portalLogin(members.parentOf(request.getFamilyId())));
        navigate("mijn-gezin/vragen");

        send("   ");
        TextArea text = _get(TextArea.class);
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("De tekst is leeg. Schrijf eerst wat u wilt vragen of zeggen.");

        String tooLong = "Lang verhaal. ".repeat(200);
        send(tooLong);
        assertThat(text.getValue()).isEqualTo(tooLong);
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("De tekst: gebruik hoogstens 2.000 tekens.");
        assertThat(_find(Div.class, spec -> spec.withClasses("bubble"))).isEmpty();
    }

    @Test
    void anAnswerShowsAsNewAndTheMenuCountsItUntilItIsRead() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long parentId = members.parentOf(request.getFamilyId());
        String parent = members.portalLogin(parentId);
        SignIn.as(users, parent);
        questions.send("Wanneer komt u langs?");
        SignIn.as(users, "anna");
        questions.answer(parentId, "Donderdag om tien uur.");

        loginAs(parent);
        navigate("mijn-gezin");
        assertThat(menuCount()).isEqualTo("1");

        navigate(questionsInMenu().getPath());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(QuestionsView.class);
        Div answer = _get(Div.class, spec -> spec.withClasses("bubble-theirs"));
        assertThat(_get(answer, Paragraph.class).getText()).isEqualTo("Donderdag om tien uur.");
        assertThat(_get(answer, Span.class, spec -> spec.withClasses("bubble-new")).getText()).isEqualTo("Nieuw");
        assertThat(menuCount()).isEmpty();
    }

    @Test
    void staffCannotOpenTheFamilysQuestions() {
        loginAs("anna");
        navigate("mijn-gezin/vragen");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(QuestionsView.class);
    }

    private static void send(String text) {
        _setValue(_get(TextArea.class), text);
        _click(_get(Button.class, spec -> spec.withText("Versturen")));
    }

    private static String menuCount() {
        Span count = (Span) questionsInMenu().getSuffixComponent();
        return count.isVisible() ? count.getText() : "";
    }

    private static SideNavItem questionsInMenu() {
        return _find(SideNavItem.class).stream().filter(item -> item.getLabel().equals("Vragen")).findFirst()
                .orElseThrow();
    }
}
