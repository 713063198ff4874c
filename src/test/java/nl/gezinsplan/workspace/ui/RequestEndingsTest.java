package nl.gezinsplan.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
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
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Locale;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.TestClock;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestStatus;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.casework.ui.RequestsPanel;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workspace.ui.term.TermPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * On a request's dialog a consultant records the family's withdrawal or closes it without a decision (the reason
 * required, refused on screen without one); a manager of its team reopens it, its days closed shown in its history
 * and on its term, and is told when it is too late.
 */
class RequestEndingsTest extends ViewTest {

    @Autowired
    TestCases cases;

    @Autowired
    Requests requests;

    @Autowired
    RequestRoute route;

    @Autowired
    TestClock clock;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aConsultantClosesARequestWithoutDecisionOnlyWithAReason() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        loginAs("anna");
        Dialog dialog = openRequest(request);

        _click(_get(dialog, Button.class, spec -> spec.withText("Sluiten zonder besluit")));
        _click(_get(Button.class, spec -> spec.withId("request-ending-confirm")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Reden"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Schrijf op waarom de hulpvraag zonder besluit wordt gesloten.");

        _setValue(reason, "Gezin is verhuisd");
        _click(_get(Button.class, spec -> spec.withId("request-ending-confirm")));

        NotificationsKt.expectNotifications("De hulpvraag is gesloten zonder besluit.");
        SignIn.as(users, "anna");
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.CLOSED_WITHOUT_DECISION);
        Dialog reopened = openRequest(request);
        assertThat(_find(reopened, ListItem.class)).extracting(ListItem::getText)
                .anyMatch(line -> line.endsWith("Afgesloten: Gesloten zonder besluit: Gezin is verhuisd"));
        _assertNone(reopened, Button.class, spec -> spec.withText("Intrekking vastleggen"));
        _assertNone(reopened, Button.class, spec -> spec.withText("Heropenen"));
    }

    @Test
    void aConsultantRecordsTheWithdrawalAndTheManagerReopensIt() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        loginAs("anna");
        _click(_get(openRequest(request), Button.class, spec -> spec.withText("Intrekking vastleggen")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Reden (niet verplicht)")), "Oma helpt nu");
        _click(_get(Button.class, spec -> spec.withId("request-ending-confirm")));
        NotificationsKt.expectNotifications("De intrekking is vastgelegd. De hulpvraag is gesloten.");
        LocalDate closedOn = LocalDate.now(clock);

        clock.moveTo(closedOn.plusDays(5));
        loginAs("marieke");
        _click(_get(openRequest(request), Button.class, spec -> spec.withText("Heropenen")));
        _click(_get(Button.class, spec -> spec.withId("request-reopen-confirm")));

        NotificationsKt.expectNotifications("De hulpvraag is weer open.");
        SignIn.as(users, "marieke");
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.OPEN);
        assertThat(route.openTaskOf(request.getId()).orElseThrow().taskKey()).isEqualTo("triage");
        Dialog reopened = openRequest(request);
        assertThat(_find(reopened, ListItem.class)).extracting(ListItem::getText)
                .anyMatch(line -> line.endsWith("Weer geopend, na 5 dagen gesloten"));
        Locale locale = UI.getCurrent().getLocale();
        assertThat(_find(_get(reopened, TermPanel.class), ListItem.class)).extracting(ListItem::getText)
                .containsExactly("Gesloten van " + Formats.date(closedOn, locale) + " tot "
                        + Formats.date(closedOn.plusDays(5), locale) + " (heropend): 5 dagen telden niet mee");
    }

    @Test
    void aManagerIsToldWhenItIsTooLateToReopen() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        route.withdraw(request.getId(), null);
        loginAs("marieke");
        Dialog dialog = openRequest(request);
        Button reopen = _get(dialog, Button.class, spec -> spec.withText("Heropenen"));

        clock.moveTo(LocalDate.now().plusMonths(4));
        _click(reopen);
        _click(_get(Button.class, spec -> spec.withId("request-reopen-confirm")));

        NotificationsKt.expectNotifications("Deze hulpvraag is te lang geleden gesloten om haar weer te openen.");
        clock.reset();
        SignIn.as(users, "marieke");
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.WITHDRAWN);
    }

    private Dialog openRequest(Request request) {
        UI.getCurrent().navigate(FamilyView.class, request.getFamilyId());
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Hulpvragen")));
        @SuppressWarnings("unchecked")
        Grid<Request> grid = _get(_get(RequestsPanel.class), Grid.class);
        GridKt._clickItem(grid, 0);
        return _get(Dialog.class);
    }
}
