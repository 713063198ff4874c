package nl.gezinsplan.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.meeting.CheckOutcome;
import nl.gezinsplan.meeting.MeetingReport;
import nl.gezinsplan.meeting.MeetingSteps;
import nl.gezinsplan.portal.CareFeedback;
import nl.gezinsplan.portal.RatingMoment;
import nl.gezinsplan.portal.TestCare;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class CareFeedbackPanelTest extends ViewTest {

    @Autowired
    TestCare testCare;

    @Autowired
    TestMembers members;

    @Autowired
    MeetingSteps meetings;

    @Autowired
    CareFeedback feedback;

    @Autowired
    UserDetailsService users;

    @Test
    @SuppressWarnings("unchecked")
    void theConsultantSeesTheMonthsTheFamilySaysCareWasNotDeliveredAndItsRatings() {
        YearMonth now = YearMonth.now();
        GrantedCare care = testCare.granted(Law.JEUGDWET, now.minusMonths(3).atDay(1), now.plusMonths(3).atDay(1));
        meetings.recordCheckMeeting(care.familyId(), care.personId(), care.provisionId(),
                new MeetingReport(LocalDate.now(), "ouders, aanbieder", null), CheckOutcome.CONTINUE);
        SignIn.as(users, members.portalLogin(members.parentOf(care.familyId())));
        feedback.answerDelivery(care.provisionId(), now.minusMonths(3), true, null);
        feedback.answerDelivery(care.provisionId(), now.minusMonths(2), false, "Niemand gekomen");
        feedback.rate(care.provisionId(), RatingMoment.CHECK, 4, 7, 3, "Weinig contact");

        loginAs("anna");
        navigate("gezinnen/" + care.familyId());
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Terugkoppeling gezin")));
        CareFeedbackPanel panel = _get(CareFeedbackPanel.class);

        assertThat(_get(panel, H3.class).getText()).isEqualTo("Begeleiding (test) voor Kim Route (Jeugdwet)");
        assertThat(_find(panel, Paragraph.class)).extracting(Paragraph::getText)
                .containsExactly("Nog niet beantwoord: 1 maand(en).");
        Grid<?> deliveries = _get(panel, Grid.class, spec -> spec.withClasses("care-deliveries"));
        assertThat(GridKt._size(deliveries)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(deliveries, 1)).contains("Niet (helemaal) gegeven", "Niemand gekomen")
                .anySatisfy(cell -> assertThat(cell).startsWith("Sam Route"));
        Grid<?> ratings = _get(panel, Grid.class, spec -> spec.withClasses("care-ratings"));
        assertThat(GridKt._getFormattedRow(ratings, 0))
                .contains("Na tussengesprek", "4", "7", "3", "Weinig contact");
    }

    @Test
    void careTheFamilyHasNotAnsweredAboutSaysSo() {
        GrantedCare care = testCare.granted(Law.JEUGDWET, YearMonth.now().minusMonths(2).atDay(1),
                LocalDate.now().plusMonths(1));
        loginAs("anna");
        navigate("gezinnen/" + care.familyId());
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Terugkoppeling gezin")));

        assertThat(_find(_get(CareFeedbackPanel.class), Paragraph.class)).extracting(Paragraph::getText)
                .containsExactly("Nog niet beantwoord: 2 maand(en).", "Het gezin heeft hierover nog niets gezegd.");
    }

    @Test
    void theConsultantFollowsUpAMonthNotDeliveredWithANote() {
        YearMonth month = YearMonth.now().minusMonths(1);
        GrantedCare care = testCare.granted(Law.JEUGDWET, month.atDay(1), LocalDate.now().plusMonths(1));
        SignIn.as(users, members.portalLogin(members.parentOf(care.familyId())));
        feedback.answerDelivery(care.provisionId(), month, false, "Niemand gekomen");

        loginAs("anna");
        navigate("gezinnen/" + care.familyId());
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Terugkoppeling gezin")));
        Grid<?> deliveries = _get(_get(CareFeedbackPanel.class), Grid.class,
                spec -> spec.withClasses("care-deliveries"));
        _click((Button) GridKt._getCellComponent(deliveries, 0, "follow-up"));
        _click(_get(Button.class, spec -> spec.withId("follow-up-save")));
        assertThat(_get(TextArea.class, spec -> spec.withId("follow-up-note")).getErrorMessage())
                .isEqualTo("Schrijf kort op wat u heeft gedaan.");
        _setValue(_get(TextArea.class, spec -> spec.withId("follow-up-note")), "Aanbieder gebeld");
        _click(_get(Button.class, spec -> spec.withId("follow-up-save")));

        Grid<?> shown = _get(_get(CareFeedbackPanel.class), Grid.class, spec -> spec.withClasses("care-deliveries"));
        assertThat(((Span) GridKt._getCellComponent(shown, 0, "follow-up")).getText())
                .startsWith("Opgevolgd door Anna de Vries, ").endsWith(": Aanbieder gebeld");
    }

    @Test
    void aManagerSeesAReportIsNotFollowedUpButDoesNotFollowItUp() {
        YearMonth month = YearMonth.now().minusMonths(1);
        GrantedCare care = testCare.granted(Law.JEUGDWET, month.atDay(1), LocalDate.now().plusMonths(1));
        SignIn.as(users, members.portalLogin(members.parentOf(care.familyId())));
        feedback.answerDelivery(care.provisionId(), month, false, "Niemand gekomen");

        loginAs("marieke");
        navigate("gezinnen/" + care.familyId());
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Terugkoppeling gezin")));
        Grid<?> deliveries = _get(_get(CareFeedbackPanel.class), Grid.class,
                spec -> spec.withClasses("care-deliveries"));

        assertThat(((Span) GridKt._getCellComponent(deliveries, 0, "follow-up")).getText())
                .isEqualTo("Nog niet opgevolgd");
    }

    @Test
    void aNotificationsLinkOpensTheFamilyPageOnItsTab() {
        GrantedCare care = testCare.granted(Law.JEUGDWET, YearMonth.now().minusMonths(2).atDay(1),
                LocalDate.now().plusMonths(1));
        loginAs("anna");

        navigate("gezinnen/" + care.familyId() + "?tab=terugkoppeling");

        assertThat(_get(TabSheet.class).getSelectedTab().getLabel()).isEqualTo("Terugkoppeling gezin");
    }
}
