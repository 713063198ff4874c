package nl.gezinsplan.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.gezinsplan.ViewTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The administrator's list of e-mails the sender gave up on. */
class FailedMailsViewTest extends ViewTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorSeesAGivenUpMailAndHasItTriedAgain() {
        String to = "mislukt-" + UUID.randomUUID() + "@example.org";
        long id = givenUp(to);
        loginAs("beheer");

        navigate(FailedMailsView.PATH);

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("failed-mails"));
        int row = IntStream.range(0, GridKt._size(grid))
                .filter(index -> String.join("|", GridKt._getFormattedRow(grid, index)).contains(to))
                .findFirst().orElseThrow();
        assertThat(String.join("|", GridKt._getFormattedRow(grid, row))).contains("535 Authentication failed", "12");

        _click(_get(GridKt._getCellComponent(grid, row, "try-again"), Button.class));

        NotificationsKt.expectNotifications("De e-mail wordt opnieuw verstuurd.");
        assertThat(jdbc.sql("select given_up_at is null and attempts = 0 from mail_outbox where id = :id")
                .param("id", id).query(Boolean.class).single()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "marieke", "sanne"})
    void onlyAdministratorsOpenIt(String user) {
        loginAs(user);

        navigate(FailedMailsView.PATH);

        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(FailedMailsView.class);
    }

    private long givenUp(String to) {
        return jdbc.sql("""
                        insert into mail_outbox (recipient, subject, text_body, html_body, created_at, next_attempt_at,
                                                 attempts, given_up_at, last_error)
                        values (:to, 'Er staat een brief voor u klaar', 't', 'h', now(), now(), 12, now(),
                                '535 Authentication failed')
                        returning id""")
                .param("to", to)
                .query(Long.class)
                .single();
    }
}
