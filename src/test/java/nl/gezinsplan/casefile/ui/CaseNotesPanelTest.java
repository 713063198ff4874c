package nl.gezinsplan.casefile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.TestClock;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casefile.CaseNote;
import nl.gezinsplan.casefile.CaseNotes;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.workspace.ui.FamilyPanels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class CaseNotesPanelTest extends ViewTest {

    @Autowired
    TestCases cases;

    @Autowired
    CaseNotes notes;

    @Autowired
    FamilyPanels panels;

    @Autowired
    TestClock clock;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void aConsultantWritesANoteOnARequestSharedWithTheFamilyAndFindsItBySearching() {
        Request request = youthRequest();
        loginAs("anna");
        openNotes(request.getFamilyId());
        assertThat(_get(CaseNotesPanel.class, spec -> spec.withId("case-notes"))).isNotNull();
        assertThat(_find(Paragraph.class, spec -> spec.withText("Er zijn nog geen notities."))).hasSize(1);

        _setValue(_get(TextArea.class, spec -> spec.withLabel("De notitie")), "Moeder belt na het gesprek terug.");
        @SuppressWarnings("unchecked")
        ComboBox<Request> about = _get(ComboBox.class, spec -> spec.withLabel("Over"));
        _setValue(about, about.getListDataView().getItems().filter(item -> item.getId().equals(request.getId()))
                .findFirst().orElseThrow());
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Het gezin mag deze notitie lezen in het portaal")), true);
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        NotificationsKt.expectNotifications("De notitie is opgeslagen.");
        assertThat(noteTexts()).containsExactly("Moeder belt na het gesprek terug.");
        assertThat(_get(NoteCard.class, spec -> spec.withClasses("case-note")).getChildren()
                .filter(Span.class::isInstance).map(span -> ((Span) span).getText()).findFirst().orElseThrow())
                .contains("Hulpvraag " + request.getId(), "Het gezin ziet dit");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("De notitie")).getValue()).isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Zoeken in notities")), "belt");
        assertThat(noteTexts()).containsExactly("Moeder belt na het gesprek terug.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Zoeken in notities")), "school");
        assertThat(noteTexts()).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withText("Geen notities gevonden met \"school\"."))).hasSize(1);
    }

    @Test
    void anEmptyNoteIsRefusedWithAMessageAndNothingIsStored() {
        Request request = youthRequest();
        loginAs("anna");
        openNotes(request.getFamilyId());

        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("De notitie is leeg. Schrijf eerst iets.");
        assertThat(noteTexts()).isEmpty();
    }

    @Test
    void theAuthorCorrectsTheirNoteUntilItIsFixedAndAColleagueNever() {
        Request request = youthRequest();
        notes.write(request.getFamilyId(), null, "Gesprek op maandag", false);
        loginAs("anna");
        openNotes(request.getFamilyId());

        _click(_get(Button.class, spec -> spec.withText("Corrigeren")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("De notitie")), "");
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("De notitie is leeg. Schrijf eerst iets.");
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("De notitie")), "Gesprek op dinsdag");
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));

        NotificationsKt.expectNotifications("De notitie is gecorrigeerd.");
        assertThat(noteTexts()).containsExactly("Gesprek op dinsdag");

        loginAs("bram");
        openNotes(request.getFamilyId());
        assertThat(_find(Button.class, spec -> spec.withText("Corrigeren"))).isEmpty();

        clock.moveTo(LocalDate.now().plusDays(1));
        loginAs("anna");
        openNotes(request.getFamilyId());
        assertThat(noteTexts()).containsExactly("Gesprek op dinsdag");
        assertThat(_find(Button.class, spec -> spec.withText("Corrigeren"))).as("fixed after 24 hours").isEmpty();
    }

    @Test
    void aManagerReadsTheNotesButWritesNone() {
        Request request = youthRequest();
        notes.write(request.getFamilyId(), null, "Alleen te lezen", false);
        loginAs("marieke");
        openNotes(request.getFamilyId());

        assertThat(noteTexts()).containsExactly("Alleen te lezen");
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Corrigeren"))).isEmpty();
    }

    @Test
    void theNotesComeAPageAtATime() {
        Request request = youthRequest();
        IntStream.rangeClosed(1, CaseNotesPanel.PAGE + 1)
                .forEach(number -> notes.write(request.getFamilyId(), null, "Notitie " + number, false));
        loginAs("anna");
        openNotes(request.getFamilyId());

        assertThat(noteTexts()).hasSize(CaseNotesPanel.PAGE).startsWith("Notitie " + (CaseNotesPanel.PAGE + 1));
        _click(_get(Button.class, spec -> spec.withText("Meer tonen")));
        assertThat(noteTexts()).hasSize(CaseNotesPanel.PAGE + 1).endsWith("Notitie 1");
        assertThat(_find(Button.class, spec -> spec.withText("Meer tonen"))).as("nothing more to show").isEmpty();
    }

    @Test
    void theRecentNotesOfARequestAreItsLatestFive() {
        Request request = youthRequest();
        notes.write(request.getFamilyId(), null, "Over het gezin", false);
        IntStream.rangeClosed(1, RecentNotes.LATEST + 1)
                .forEach(number -> notes.write(request.getFamilyId(), request.getId(), "Op de hulpvraag " + number,
                        false));
        loginAs("anna");

        RecentNotes recent = panels.recentNotesOfRequest(request.getId());
        assertThat(recent.getChildren().filter(NoteCard.class::isInstance)
                .map(card -> ((NoteCard) card).getChildren().filter(Paragraph.class::isInstance)
                        .map(text -> ((Paragraph) text).getText()).findFirst().orElseThrow()))
                .hasSize(RecentNotes.LATEST).startsWith("Op de hulpvraag " + (RecentNotes.LATEST + 1))
                .doesNotContain("Over het gezin", "Op de hulpvraag 1");
        assertThat(panels.recentNotesOfFamily(request.getFamilyId()).getChildren()
                .filter(NoteCard.class::isInstance)).hasSize(RecentNotes.LATEST);
    }

    private Request youthRequest() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        SignIn.as(users, "anna");
        return request;
    }

    private void openNotes(long familyId) {
        navigate("gezinnen/" + familyId);
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Notities")));
    }

    private static List<String> noteTexts() {
        return _find(Paragraph.class, spec -> spec.withClasses("case-note-text")).stream()
                .map(Paragraph::getText).toList();
    }
}
