package nl.gezinsplan.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.gezinsplan.base.ClockConfiguration;
import nl.gezinsplan.base.form.ColumnSets;
import nl.gezinsplan.mail.Outbox;
import nl.gezinsplan.mail.Outbox.FailedMail;
import nl.gezinsplan.security.Role;

/**
 * The e-mails the sender gave up on, for the administrator, the latest first, paged: to see that the mail server
 * needs attention, and to have a mail tried again once it is repaired.
 */
@Route(FailedMailsView.PATH)
@Menu(title = "nav.failed-mails", order = 1.7, icon = "vaadin:envelope")
@RolesAllowed(Role.ADMIN_NAME)
public class FailedMailsView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "beheer/e-mail";

    private final Outbox outbox;
    private final Grid<FailedMail> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    public FailedMailsView(Outbox outbox) {
        this.outbox = outbox;
        grid.setId("failed-mails");
        grid.addColumn(FailedMail::recipient).setHeader(getTranslation("mail.failed.recipient")).setFlexGrow(2)
                .setKey("recipient");
        grid.addColumn(FailedMail::subject).setHeader(getTranslation("mail.failed.subject")).setFlexGrow(2);
        grid.addColumn(FailedMail::attempts).setHeader(getTranslation("mail.failed.attempts")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(mail -> moment(mail.givenUpAt())).setHeader(getTranslation("mail.failed.given-up"))
                .setAutoWidth(true).setFlexGrow(0).setKey("givenUp");
        grid.addColumn(FailedMail::lastError).setHeader(getTranslation("mail.failed.error")).setFlexGrow(3);
        grid.addComponentColumn(mail -> {
            // an icon, so that it fits the narrow column of a phone; its name is read out and shown on hover
            Button again = new Button(VaadinIcon.REFRESH.create(), click -> {
                outbox.tryAgain(mail.id());
                Notification.show(getTranslation("mail.failed.tried-again"));
                refresh();
            });
            again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
            again.setAriaLabel(getTranslation("mail.failed.try-again") + ": " + mail.recipient());
            again.setTooltipText(getTranslation("mail.failed.try-again"));
            return again;
        }).setKey("try-again").setAutoWidth(true).setFlexGrow(0);
        new ColumnSets(grid, "recipient", "givenUp", "try-again");
        none.setText(getTranslation("mail.failed.none"));
        add(new H1(getTranslation("mail.failed.title")), new Paragraph(getTranslation("mail.failed.intro")), none,
                grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        int count = outbox.countFailed();
        none.setVisible(count == 0);
        grid.setVisible(count > 0);
        grid.setItems(query -> outbox.failed(query.getOffset(), query.getLimit()).stream());
    }

    private String moment(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ClockConfiguration.MUNICIPALITY_ZONE).format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.failed.title");
    }
}
