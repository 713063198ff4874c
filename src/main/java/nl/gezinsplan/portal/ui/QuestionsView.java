package nl.gezinsplan.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.base.ClockConfiguration;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.MenuCount;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.portal.Questions;
import nl.gezinsplan.portal.PortalLimits;
import nl.gezinsplan.portal.QuestionOrAnswer;
import nl.gezinsplan.portal.MyQuestions;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.Role;
import org.springframework.beans.factory.annotation.Value;

/**
 * A family member's own questions to their contact person and the answers, as chat bubbles with the newest at the bottom, and a
 * field to send a question or remark. Made for a phone.
 */
@Route(QuestionsView.PATH)
@Menu(title = "portal.questions.nav", order = 2, icon = "vaadin:comments")
@RolesAllowed(Role.FAMILY_NAME)
public class QuestionsView extends PortalPage {

    static final String PATH = "mijn-gezin/vragen";

    private final Questions questions;
    private final Div bubbles = new Div();
    private final TextArea text = new TextArea();

    public QuestionsView(Questions questions, FamilyAccounts accounts, AuditLog audit,
                         @Value("${gezinsplan.portal.phone}") String municipalityPhone, LiveUpdates live) {
        super(accounts, audit, municipalityPhone);
        this.questions = questions;
        show();
        showLive(live);
    }

    @Override
    protected void content(FamilyMember member) {
        add(new H1(getTranslation("portal.questions.title")));
        MyQuestions mine = questions.mine();
        add(new Paragraph(mine.contactPerson()
                        .map(name -> getTranslation("portal.questions.intro", name))
                        .orElseGet(() -> getTranslation("portal.questions.intro.no-contact"))),
                new Paragraph(getTranslation("portal.questions.private")));
        bubbles.addClassName("questions");
        bubbles.setId("questions");
        show(mine);

        text.setLabel(getTranslation("portal.questions.text"));
        FormInput.limit(text, PortalLimits.QUESTION);
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.addValueChangeListener(changed -> text.setInvalid(false));
        Button send = new Button(getTranslation("portal.questions.send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("portal-action");
        add(bubbles, text, send);
    }

    private void send() {
        try {
            questions.send(text.getValue());
            text.clear();
            typedInputSent();
            show(questions.mine());
            getUI().ifPresent(MenuCount::recount);
        } catch (InvalidInput refused) {
            text.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            text.setInvalid(true);
        }
    }

    private void show(MyQuestions mine) {
        bubbles.removeAll();
        if (mine.items().isEmpty()) {
            bubbles.add(new Paragraph(getTranslation("portal.questions.none")));
        }
        mine.items().forEach(item -> bubbles.add(bubble(item)));
    }

    private Component bubble(QuestionOrAnswer item) {
        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ClockConfiguration.MUNICIPALITY_ZONE);
        String author = item.fromFamily() ? getTranslation("portal.questions.you") : item.authorName();
        Span from = new Span(getTranslation("portal.questions.from", author, moments.format(item.sentAt())));
        from.addClassName("bubble-from");
        Div bubble = new Div(from, new Paragraph(item.text()));
        bubble.addClassNames("bubble", item.fromFamily() ? "bubble-mine" : "bubble-theirs");
        if (!item.fromFamily() && item.readAt() == null) {
            Span fresh = new Span(getTranslation("portal.questions.new"));
            fresh.addClassName("bubble-new");
            bubble.addComponentAsFirst(fresh);
        }
        return bubble;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.questions.title");
    }
}
