package nl.gezinsplan.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.util.List;
import nl.gezinsplan.LiveDelivery;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.notification.EmailChoice;
import nl.gezinsplan.notification.Notice;
import nl.gezinsplan.notification.Notification;
import nl.gezinsplan.notification.NotificationKind;
import nl.gezinsplan.notification.Notifications;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.workspace.TestStaff;
import nl.gezinsplan.workspace.ui.InboxView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bell and the notification centre: each user's own notifications, read and unread, and their e-mail choices. */
class NotificationCentreViewTest extends ViewTest {

    @Autowired
    Notifications notifications;

    @Autowired
    TestStaff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsOnlyMyOwnNotificationsNewestFirstWithTheUnreadCountOnTheBell() {
        String me = newConsultant();
        String colleague = newConsultant();
        notifications.notify(new Notice(me, NotificationKind.TASK_ASSIGNED, "Triage", "werkvoorraad", null, "1"));
        notifications.notify(new Notice(me, NotificationKind.TASK_OVERDUE, "Onderzoek", "werkvoorraad", null, "2"));
        notifications.notify(new Notice(colleague, NotificationKind.ESCALATION, "Iets anders", "werkvoorraad", null, "3"));

        loginAs(me);
        navigate("meldingen");

        assertThat(_get(H1.class).getText()).isEqualTo("Meldingen");
        assertThat(texts()).containsExactly("Nieuw Taak te laat Onderzoek", "Nieuw Taak voor u Triage");
        assertThat(bellCount()).isEqualTo("2");
        assertThat(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withClasses("notification-bell"))
                .getElement().getAttribute("aria-label")).isEqualTo("Meldingen: 2 ongelezen");
    }

    @Test
    void aNewNotificationShowsOnTheOpenBellAndListWithoutAReload() {
        String me = newConsultant();
        notifications.notify(new Notice(me, NotificationKind.TASK_ASSIGNED, "Triage", "werkvoorraad", null, "1"));
        loginAs(me);
        navigate("meldingen");
        assertThat(bellCount()).isEqualTo("1");

        LiveDelivery.fromAnotherSession(() -> notifications.notify(
                new Notice(me, NotificationKind.ESCALATION, "Termijn", "werkvoorraad", null, "2")));

        await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> {
            MockVaadin.runUIQueue();
            return bellCount().equals("2");
        });
        assertThat(texts()).containsExactly("Nieuw Escalatie Termijn", "Nieuw Taak voor u Triage");
    }

    @Test
    void openingANotificationMarksItReadAndGoesToWhatItIsAbout() {
        String me = newConsultant();
        notifications.notify(new Notice(me, NotificationKind.TASK_ASSIGNED, "Triage", "werkvoorraad", null, "1"));
        notifications.notify(new Notice(me, NotificationKind.TASK_OVERDUE, "Onderzoek", "werkvoorraad", null, "2"));
        loginAs(me);
        navigate("meldingen");

        _click((Button) GridKt._getCellComponent(grid(), 1, "open"));

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(InboxView.class);
        assertThat(bellCount()).isEqualTo("1");
        navigate("meldingen");
        assertThat(texts()).containsExactly("Nieuw Taak te laat Onderzoek", "Taak voor u Triage");
    }

    @Test
    void marksAllRead() {
        String me = newConsultant();
        notifications.notify(new Notice(me, NotificationKind.TASK_ASSIGNED, "Triage", "werkvoorraad", null, "1"));
        notifications.notify(new Notice(me, NotificationKind.TASK_OVERDUE, "Onderzoek", "werkvoorraad", null, "2"));
        loginAs(me);
        navigate("meldingen");

        _click(_get(Button.class, spec -> spec.withId("notifications-all-read")));

        assertThat(texts()).containsExactly("Taak te laat Onderzoek", "Taak voor u Triage");
        assertThat(bellCount()).isEqualTo("0");
        assertThat(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withClasses("notification-bell"))
                .getElement().getAttribute("aria-label")).isEqualTo("Meldingen");
    }

    @Test
    void pagesLazilyThroughManyNotifications() {
        String me = newConsultant();
        for (int item = 0; item < 45; item++) {
            notifications.notify(new Notice(me, NotificationKind.TASK_DUE_SOON, "Taak " + item, "werkvoorraad", null,
                    "item" + item));
        }
        loginAs(me);
        navigate("meldingen");

        assertThat(GridKt._size(grid())).isEqualTo(45);
        assertThat(grid().getPageSize()).isEqualTo(20);
    }

    @Test
    void theEmailChoicesAreTheUsersOwnAndKeptAtOnce() {
        String me = newConsultant();
        loginAs(me);
        navigate("meldingen");

        _click(_get(Button.class, spec -> spec.withId("notifications-email")));
        @SuppressWarnings("unchecked")
        Select<EmailChoice> overdue = _get(Select.class, spec -> spec.withId("email-TASK_OVERDUE"));
        assertThat(overdue.getLabel()).isEqualTo("Taak te laat");
        assertThat(overdue.getValue()).isEqualTo(EmailChoice.NONE);
        _setValue(overdue, EmailChoice.DIGEST);
        _click(_get(Button.class, spec -> spec.withId("email-close")));

        assertThat(jdbc.sql("select email from notification_preference where username = :u and kind = 'TASK_OVERDUE'")
                .param("u", me).query(String.class).single()).isEqualTo("DIGEST");
        _click(_get(Button.class, spec -> spec.withId("notifications-email")));
        @SuppressWarnings("unchecked")
        Select<EmailChoice> again = _get(Select.class, spec -> spec.withId("email-TASK_OVERDUE"));
        assertThat(again.getValue()).isEqualTo(EmailChoice.DIGEST);
    }

    @Test
    void aFamilyMemberHasNoBellAndNoCentre() {
        loginAs("sanne");
        navigate("mijn-gezin");
        assertThat(_find(com.vaadin.flow.router.RouterLink.class, spec -> spec.withClasses("notification-bell")))
                .isEmpty();

        navigate("meldingen");
        assertThat(_find(Grid.class, spec -> spec.withId("notifications"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Grid<Notification> grid() {
        return _get(Grid.class, spec -> spec.withId("notifications"));
    }

    /** Each row's texts but its time, with spaces between them. */
    private List<String> texts() {
        Grid<Notification> grid = grid();
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> _find(GridKt._getCellComponent(grid, row, "notification"), Span.class).stream()
                        .filter(span -> span.getParent().filter(parent -> parent instanceof Div div && div.hasClassName("notification-time"))
                                .isEmpty())
                        .map(Span::getText).collect(java.util.stream.Collectors.joining(" ")))
                .toList();
    }

    private String bellCount() {
        return _get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withClasses("notification-bell"))
                .getChildren().filter(Span.class::isInstance).map(span -> ((Span) span).getText()).findFirst()
                .orElseThrow();
    }

    private String newConsultant() {
        return staff.user("centrum" + System.nanoTime() % 10_000_000, "Cen", "Trum", Role.CONSULTANT, "jeugd");
    }
}
