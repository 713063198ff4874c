package nl.gezinsplan.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.base.ClockConfiguration;
import nl.gezinsplan.casefile.CaseNote;
import nl.gezinsplan.casefile.CaseNotes;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.Role;
import org.springframework.beans.factory.annotation.Value;

/**
 * The notes the municipality shares with the family, newest first, a page at a time: a youth of 16 or older reads
 * the notes about themselves, their parents do not. Made for a phone.
 */
@Route(SharedNotesView.PATH)
@Menu(title = "portal.notes.nav", order = 2.5, icon = "vaadin:notebook")
@RolesAllowed(Role.FAMILY_NAME)
public class SharedNotesView extends PortalPage {

    static final String PATH = "mijn-gezin/notities";
    static final int PAGE = 10;

    private final CaseNotes notes;
    private final Div cards = new Div();
    private final Button more = new Button();
    private int shown;

    public SharedNotesView(CaseNotes notes, FamilyAccounts accounts, AuditLog audit,
                           @Value("${gezinsplan.portal.phone}") String municipalityPhone, LiveUpdates live) {
        super(accounts, audit, municipalityPhone);
        this.notes = notes;
        show();
        showLive(live);
    }

    @Override
    protected void content(FamilyMember member) {
        add(new H1(getTranslation("portal.notes.title")), new Paragraph(getTranslation("portal.notes.intro")));
        cards.removeAll();
        cards.setId("shared-notes");
        cards.addClassName("portal-cards");
        cards.setWidthFull();
        more.setText(getTranslation("portal.notes.more"));
        more.addClassName("portal-action");
        more.addClickListener(click -> showMore());
        shown = 0;
        add(cards, more);
        showMore();
        if (shown == 0) {
            cards.add(new Paragraph(getTranslation("portal.notes.none")));
        }
    }

    private void showMore() {
        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ClockConfiguration.MUNICIPALITY_ZONE);
        // one more than a page, to know whether there is more
        List<CaseNote> page = notes.sharedWithMe(shown, PAGE + 1);
        page.stream().limit(PAGE).forEach(note -> cards.add(new PortalCard(moments.format(note.writtenAt()))
                .line(note.authorName())
                .line(note.text())
                .marked("shared-note")));
        shown += Math.min(page.size(), PAGE);
        more.setVisible(page.size() > PAGE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.notes.title");
    }
}
