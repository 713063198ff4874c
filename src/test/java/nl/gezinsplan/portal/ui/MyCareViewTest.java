package nl.gezinsplan.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.gezinsplan.decision.TestLetters.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.gezinsplan.Downloads;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.family.FamilyAccountLinks;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.meeting.CheckOutcome;
import nl.gezinsplan.meeting.MeetingReport;
import nl.gezinsplan.meeting.MeetingSteps;
import nl.gezinsplan.portal.CareFeedback;
import nl.gezinsplan.portal.TestCare;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class MyCareViewTest extends ViewTest {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.forLanguageTag("nl"));

    @Autowired
    TestCare testCare;

    @Autowired
    TestMembers members;

    @Autowired
    MeetingSteps meetings;

    @Autowired
    CareFeedback feedback;

    @Autowired
    FamilyAccountLinks accounts;

    @Autowired
    UserDetailsService users;

    @Test
    void aParentConfirmsAMonthAndReportsAnotherNotDeliveredWithARemark() {
        YearMonth now = YearMonth.now();
        GrantedCare care = testCare.granted(Law.JEUGDWET, now.minusMonths(4).atDay(1), now.plusMonths(4).atDay(1));
        loginAs(members.portalLogin(members.parentOf(care.familyId())));
        navigate("mijn-gezin/hulp");

        assertThat(_get(H1.class).getText()).isEqualTo("Mijn hulp");
        assertThat(questions()).as("the oldest open months, a few at a time").containsExactly(
                question(now.minusMonths(4)), question(now.minusMonths(3)), question(now.minusMonths(2)));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Daarna vragen wij nog naar 1 andere maand(en).");

        _click(_find(Button.class, spec -> spec.withText("Ja, deze hulp is gegeven")).get(0));
        NotificationsKt.expectNotifications("Dank u wel. Wij hebben uw antwoord.");
        assertThat(questions()).containsExactly(
                question(now.minusMonths(3)), question(now.minusMonths(2)), question(now.minusMonths(1)));

        _click(_find(Button.class, spec -> spec.withText("Nee, niet (helemaal) gegeven")).get(0));
        _click(_get(Button.class, spec -> spec.withText("Versturen")));
        TextArea remark = _get(TextArea.class, spec -> spec.withLabel("Wat ging er niet goed? Schrijf het hier."));
        assertThat(remark.isInvalid()).isTrue();
        assertThat(remark.getErrorMessage()).isEqualTo("Schrijf op wat er niet goed ging.");

        _setValue(remark, "De begeleider was drie weken ziek.");
        _click(_get(Button.class, spec -> spec.withText("Versturen")));
        NotificationsKt.expectNotifications("Dank u wel. Wij hebben uw antwoord.");
        assertThat(questions()).doesNotContain(question(now.minusMonths(3)));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains(
                MONTH.format(now.minusMonths(3)) + ": de hulp is niet (helemaal) gegeven. De begeleider was drie weken ziek.",
                MONTH.format(now.minusMonths(4)) + ": de hulp is gegeven.");
    }

    @Test
    void thisMonthIsAskedOnlyWhenItIsOverAndATapOnTheWrongAnswerCanBeUndone() {
        YearMonth now = YearMonth.now();
        GrantedCare care = testCare.granted(Law.JEUGDWET, now.minusMonths(1).atDay(1), now.plusMonths(4).atDay(1));
        loginAs(members.portalLogin(members.parentOf(care.familyId())));
        navigate("mijn-gezin/hulp");
        assertThat(questions()).as("not this month, which is not over").containsExactly(question(now.minusMonths(1)));

        _click(_get(Button.class, spec -> spec.withText("Ja, deze hulp is gegeven")));
        NotificationsKt.expectNotifications("Dank u wel. Wij hebben uw antwoord.");
        assertThat(questions()).isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Mijn antwoord over " + MONTH.format(now.minusMonths(1))
                + " ongedaan maken")));

        NotificationsKt.expectNotifications("Uw antwoord is weggehaald. U kunt de vraag opnieuw beantwoorden.");
        assertThat(questions()).containsExactly(question(now.minusMonths(1)));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .doesNotContain(MONTH.format(now.minusMonths(1)) + ": de hulp is gegeven.");
    }

    @Test
    void aParentRatesTheHelpAfterTheCheckMeetingWithAScoreForEachQuestion() {
        GrantedCare care = testCare.granted(Law.JEUGDWET, LocalDate.now().minusMonths(3), LocalDate.now().plusMonths(3));
        meetings.recordCheckMeeting(care.familyId(), care.personId(), care.provisionId(),
                new MeetingReport(LocalDate.now(), "ouders, aanbieder", null), CheckOutcome.CONTINUE);
        loginAs(members.portalLogin(members.parentOf(care.familyId())));
        navigate("mijn-gezin/hulp");

        assertThat(_find(H3.class)).extracting(H3::getText).contains("Wat vindt u van de hulp?");
        _setValue(score("Helpt de hulp?"), 8);
        _click(sendRating());
        NotificationsKt.expectNotifications("Kies bij elke vraag een cijfer van 1 tot 10.");

        _setValue(score("Hoe ging het aanvragen?"), 6);
        _setValue(score("Hoe tevreden bent u over de zorgaanbieder?"), 9);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Wilt u nog iets zeggen? Dat mag, het hoeft niet.")),
                "Kim gaat weer graag naar school.");
        _click(sendRating());

        NotificationsKt.expectNotifications("Dank u wel. Uw contactpersoon ziet uw cijfers.");
        assertThat(_find(H3.class)).extracting(H3::getText).doesNotContain("Wat vindt u van de hulp?");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Uw cijfers na het tussengesprek: hulp 8, aanvragen 6, zorgaanbieder 9.");
    }

    @Test
    void theLettersOfTheChildrenAreListedAndOpenAsThePdfButAYouthsLetterIsNotForTheParents() {
        GrantedCare child = testCare.granted(Law.JEUGDWET, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(3));
        long parent = members.parentOf(child.familyId());
        loginAs(members.portalLogin(parent));
        navigate("mijn-gezin/hulp");

        assertThat(_find(H3.class)).extracting(H3::getText).contains("U krijgt de hulp (toekenning)");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Voor Kim Route");
        FakeResponse response = Downloads.fetch(_get(Anchor.class, spec -> spec.withText("Brief openen (pdf)")));
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(textOf(response.getBuffer().toByteArray())).contains("Kim Route");

        GrantedCare youth = testCare.granted(Law.JEUGDWET, LocalDate.now().minusMonths(1),
                LocalDate.now().plusMonths(3), LocalDate.now().minusYears(17));
        loginAs(members.portalLogin(members.parentOf(youth.familyId())));
        navigate("mijn-gezin/hulp");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Er zijn nog geen brieven.", "U krijgt nu geen hulp waarover wij u iets vragen.");
    }

    @Test
    void aRevokedLoginIsToldItHasNoAccess() {
        GrantedCare care = testCare.granted(Law.WMO, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(3));
        long parent = members.parentOf(care.familyId());
        String login = members.portalLogin(parent);
        SignIn.as(users, TestCases.consultantOf(Law.WMO));
        accounts.revoke(parent, TestCases.consultantOf(Law.WMO));
        loginAs(login);
        navigate("mijn-gezin/hulp");

        MyCareView view = _get(MyCareView.class);
        assertThat(_get(view, Paragraph.class).getText()).startsWith("U heeft nog geen toegang");
        assertThat(_find(view, Button.class)).isEmpty();
    }

    private static List<String> questions() {
        return _find(H3.class).stream().map(H3::getText).filter(text -> text.startsWith("Kreeg u deze hulp in"))
                .toList();
    }

    private static String question(YearMonth month) {
        return "Kreeg u deze hulp in " + MONTH.format(month) + "?";
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> score(String label) {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(label));
    }

    private static Button sendRating() {
        return _get(Button.class, spec -> spec.withText("Versturen"));
    }
}
