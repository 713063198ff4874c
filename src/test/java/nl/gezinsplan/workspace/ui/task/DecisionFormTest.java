package nl.gezinsplan.workspace.ui.task;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestStatus;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.decision.DecisionLetters;
import nl.gezinsplan.decision.TestLetters;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The decision task: the motivation starts from the case's draft, the letter is looked at, then issued with it. */
class DecisionFormTest extends ViewTest {

    @Autowired
    TestLetters testLetters;

    @Autowired
    TestRoutes routes;

    @Autowired
    Requests requests;

    @Autowired
    DecisionLetters letters;

    @Test
    void theMotivationStartsFromTheDraftAndTheLetterIsPreviewedBeforeItGoes() {
        Request request = open();

        assertThat(motivation().getValue()).contains("Daaruit blijkt dat Kim Route daarnaast hulp op maat nodig heeft.");
        _click(_get(Button.class, spec -> spec.withText("Brief bekijken")));

        Dialog preview = _get(Dialog.class);
        assertThat(preview.getHeaderTitle()).isEqualTo("Zo ziet de beschikking eruit");
        assertThat(_find(preview, Image.class)).extracting(Image::getAlt).extracting(Optional::get)
                .containsExactly("Pagina 1 van 2 van de beschikking", "Pagina 2 van 2 van de beschikking");
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.OPEN);
    }

    @Test
    void anEmptyMotivationIsExplainedAndNothingIsShownOrIssued() {
        Request request = open();
        _setValue(motivation(), "");

        _click(_get(Button.class, spec -> spec.withText("Brief bekijken")));
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(error()).isEqualTo("Schrijf de motivering van de beschikking.");

        _click(_get(Button.class, spec -> spec.withText("Beschikking afgeven")));
        assertThat(error()).isEqualTo("Schrijf de motivering van de beschikking.");
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.OPEN);
    }

    @Test
    void theDecisionIsIssuedWithTheMotivationAsWritten() {
        Request request = open();
        _setValue(motivation(), "Kim heeft begeleiding nodig.\n- bij het huiswerk\n- bij vrienden maken");

        _click(_get(Button.class, spec -> spec.withText("Beschikking afgeven")));

        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.GRANTED);
        long letter = letters.lettersOf(request.getFamilyId()).get(0).id();
        assertThat(TestLetters.textOf(letters.download(letter).content()))
                .contains("Kim heeft begeleiding nodig. \u2022 bij het huiswerk \u2022 bij vrienden maken");
    }

    private Request open() {
        Request request = testLetters.approved();
        loginAs("anna");
        navigate("taak/" + routes.taskOf(request));
        return request;
    }

    private static TextArea motivation() {
        return _get(TextArea.class, spec -> spec.withId("decision-motivation"));
    }

    private static String error() {
        return _get(Paragraph.class, spec -> spec.withClasses("form-error")).getText();
    }
}
