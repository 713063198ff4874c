package nl.gezinsplan.workspace.ui.task;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.charset.StandardCharsets;
import nl.gezinsplan.Downloads;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.decision.TestLetters;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.objection.Objection;
import nl.gezinsplan.objection.ObjectionStatus;
import nl.gezinsplan.objection.ObjectionSteps;
import nl.gezinsplan.objection.ObjectionVerdict;
import nl.gezinsplan.objection.Objections;
import nl.gezinsplan.objection.TestObjections;
import nl.gezinsplan.workflow.ObjectionRoute;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An objection registered on the family page and worked through its tasks' forms, with their refusals. */
class ObjectionScreensTest extends ViewTest {

    @Autowired
    TestObjections testObjections;

    @Autowired
    Objections objections;

    @Autowired
    ObjectionRoute route;

    @Autowired
    ObjectionSteps steps;

    @Autowired
    TestMembers members;

    @Test
    @SuppressWarnings("unchecked")
    void aConsultantRegistersAnObjectionAgainstADecisionOnTheFamilyPage() {
        TestObjections.Refusal refusal = testObjections.refusal();
        loginAs("anna");
        navigate("gezinnen/" + refusal.familyId());
        openLettersTab();
        assertThat(_get(Paragraph.class, spec -> spec.withText("Er zijn geen bezwaren tegen besluiten van dit gezin.")))
                .isNotNull();

        _click(_get(Button.class, spec -> spec.withId("register-objection")));
        Dialog dialog = _get(Dialog.class);
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("objection-term")).getText())
                .startsWith("Bezwaar maken kan tot en met ");
        _click(_get(dialog, Button.class, spec -> spec.withText("Registreren")));
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Schrijf waarom het gezin het niet eens is met het besluit.");

        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Gronden van het bezwaar")),
                TestObjections.GROUNDS);
        _click(_get(dialog, Button.class, spec -> spec.withText("Registreren")));

        NotificationsKt.expectNotifications("Het bezwaar is geregistreerd. De behandeling staat in de werkvoorraad.");
        Grid<Objection> grid = _get(Grid.class, spec -> spec.withId("objections"));
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, 0)))
                .contains("In behandeling", "Aanvraag " + refusal.request().getId() + ", besluit van ",
                        "Ontvankelijkheid beoordelen");
        assertThat(objections.ofFamily(refusal.familyId())).singleElement()
                .satisfies(objection -> assertThat(objection.getGrounds()).isEqualTo(TestObjections.GROUNDS));
    }

    @Test
    void theFormsTakeTheObjectionThroughItsStepsToItsLetter() {
        Objection objection = testObjections.registered();

        open(objection);
        assertThat(_get(H1.class).getText()).isEqualTo("Ontvankelijkheid beoordelen");
        assertThat(_get(ObjectionCase.class).getChildren().anyMatch(child -> child instanceof Paragraph line
                && line.getText().equals("Gronden van het bezwaar: " + TestObjections.GROUNDS))).isTrue();
        ObjectionAdmissibilityForm admissibility = _get(ObjectionAdmissibilityForm.class);
        complete("Afronden");
        assertThat(error()).isEqualTo("Kies of het bezwaar ontvankelijk is.");
        _setValue(admissibility.admissible, true);
        complete("Afronden");

        open(objection);
        ObjectionTalkForm talk = _get(ObjectionTalkForm.class);
        complete("Afronden");
        assertThat(error()).isEqualTo("Schrijf een kort verslag van het gesprek.");
        _setValue(talk.report, "Moeder wil een besluit van de commissie.");
        complete("Afronden");

        open(objection);
        ObjectionHearingForm hearing = _get(ObjectionHearingForm.class);
        _setValue(hearing.report, "Moeder legt uit dat oma niet elke dag kan.");
        complete("Afronden");
        assertThat(error()).isEqualTo("Vul in wie er bij de hoorzitting waren.");
        assertThat(hearing.report.getValue()).as("nothing typed is lost")
                .isEqualTo("Moeder legt uit dat oma niet elke dag kan.");
        _setValue(hearing.attendees, "Moeder, consulent, commissie");
        complete("Afronden");

        open(objection);
        ObjectionAdviceForm advice = _get(ObjectionAdviceForm.class);
        _setValue(advice.advice, ObjectionVerdict.UNFOUNDED);
        _setValue(advice.text, "Het netwerk kan helpen.");
        complete("Afronden");

        open(objection);
        ObjectionDecisionForm decision = _get(ObjectionDecisionForm.class);
        _setValue(decision.verdict, ObjectionVerdict.UNFOUNDED);
        complete("Beslissing versturen");
        assertThat(error()).isEqualTo("Schrijf de motivering van de beslissing op het bezwaar.");
        _setValue(decision.motivation, "Oma kan twee middagen helpen; de school helpt de andere dagen.");
        complete("Beslissing versturen");

        assertThat(objections.get(objection.getId()).getStatus()).isEqualTo(ObjectionStatus.UNFOUNDED);
        navigate("gezinnen/" + objection.getFamilyId());
        openLettersTab();
        @SuppressWarnings("unchecked")
        Grid<Objection> grid = _get(Grid.class, spec -> spec.withId("objections"));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Ongegrond");
        assertThat(GridKt._getCellComponent(grid, 0, "step"))
                .isInstanceOf(Anchor.class);
    }

    @Test
    void theTalkThatResolvesTheObjectionEndsIt() {
        Objection objection = testObjections.registered();
        open(objection);
        _setValue(_get(ObjectionAdmissibilityForm.class).admissible, true);
        complete("Afronden");

        open(objection);
        ObjectionTalkForm talk = _get(ObjectionTalkForm.class);
        _setValue(talk.report, "Uitleg gegeven; moeder trekt het bezwaar in.");
        _setValue(talk.resolved, true);
        complete("Afronden");

        assertThat(objections.get(objection.getId()).getStatus()).isEqualTo(ObjectionStatus.WITHDRAWN);
    }

    @Test
    void theConsultantExtendsTheTermOnceWithAReason() {
        Objection objection = testObjections.registered();
        open(objection);

        _click(_get(Button.class, spec -> spec.withText("Beslissing verdagen")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Verdagen")));
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Schrijf waarom de beslissing later komt.");
        _setValue(_get(dialog, TextArea.class), "De commissie vergadert later.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Verdagen")));

        assertThat(objections.get(objection.getId()).getDecisionDue())
                .isEqualTo(objection.getDecisionDue().plusWeeks(6));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLetterOnAnObjectionDownloadsAndIsRefusedToWhoLostAccess() {
        Objection objection = testObjections.registered();
        steps.assessAdmissibility(objection.getId(), false, "Het bezwaar gaat niet over een besluit.");
        loginAs("anna");
        navigate("gezinnen/" + objection.getFamilyId());
        openLettersTab();
        Anchor link = (Anchor) GridKt._getCellComponent(_get(Grid.class, spec -> spec.withId("objections")), 0,
                "step");
        // Karibu renders a grid cell detached; the browser's grid attaches it, which registers the link's handler
        UI.getCurrent().add(link);

        FakeResponse letter = Downloads.fetch(link);
        assertThat(letter.getContentType()).isEqualTo("application/pdf");
        assertThat(TestLetters.textOf(letter.getBuffer().toByteArray()))
                .contains("Wij verklaren uw bezwaar niet-ontvankelijk", "Het bezwaar gaat niet over een besluit.");

        loginAs("daan");
        FakeResponse refused = Downloads.fetch(link);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getBuffer().toString(StandardCharsets.UTF_8)).contains("U mag dit bestand niet openen");
    }

    private void open(Objection objection) {
        loginAs("anna");
        navigate("taak/" + route.openTaskOf(objection.getId()).orElseThrow().taskId());
    }

    private static void complete(String label) {
        _click(_get(Button.class, spec -> spec.withText(label)));
    }

    private static String error() {
        return _get(Paragraph.class, spec -> spec.withClasses("form-error")).getText();
    }

    private static void openLettersTab() {
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Beschikkingen")));
    }

    @Test
    void theFamilyReadsTheLetterOnItsObjectionInThePortal() {
        Objection objection = testObjections.registered();
        route.assessAdmissibility(route.openTaskOf(objection.getId()).orElseThrow().taskId(), false,
                "Het bezwaarschrift is niet ondertekend, ook niet na herstel.");

        loginAs(members.portalLogin(members.parentOf(objection.getFamilyId())));
        navigate("mijn-gezin/hulp");

        assertThat(_find(H3.class)).extracting(H3::getText)
                .contains("Besluit op uw bezwaar: wij behandelen het niet (niet-ontvankelijk)");
        FakeResponse letter = Downloads.fetch(_find(Anchor.class, spec -> spec.withText("Brief openen (pdf)")).get(0));
        assertThat(TestLetters.textOf(letter.getBuffer().toByteArray()))
                .contains("Wij verklaren uw bezwaar niet-ontvankelijk");
    }
}
