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
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.base.ClockConfiguration;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.MenuCount;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.portal.Conversations;
import nl.gezinsplan.portal.PortalLimits;
import nl.gezinsplan.portal.FamilyMessage;
import nl.gezinsplan.portal.MyConversation;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.Role;
import org.springframework.beans.factory.annotation.Value;

/**
 * A family member's own conversation with their contact person, as chat bubbles with the newest at the bottom, and a
 * field to send a question or remark. Made for a phone.
 */
@Route(QuestionsView.PATH)
@Menu(title = "portal.questions.nav", order = 2, icon = "vaadin:comments")
@RolesAllowed(Role.FAMILY_NAME)
public class QuestionsView extends PortalPage {

    static final String PATH = "mijn-gezin/vragen";

    private final Conversations conversations;
    private final Div messages = new Div();
    private final TextArea text = new TextArea();

    public QuestionsView(Conversations conversations, FamilyAccounts accounts, AuditLog audit,
                         @Value("${gezinsplan.portal.phone}") String municipalityPhone) {
        super(accounts, audit, municipalityPhone);
        this.conversations = conversations;
        show();
    }

    @Override
    protected void content(FamilyMember member) {
        add(new H1(getTranslation("portal.questions.title")));
        MyConversation conversation = conversations.mine();
        add(new Paragraph(conversation.contactPerson()
                        .map(name -> getTranslation("portal.questions.intro", name))
                        .orElseGet(() -> getTranslation("portal.questions.intro.no-contact"))),
                new Paragraph(getTranslation("portal.questions.private")));
        messages.addClassName("conversation");
        messages.setId("conversation");
        show(conversation);

        text.setLabel(getTranslation("portal.questions.text"));
        FormInput.limit(text, PortalLimits.MESSAGE);
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.addValueChangeListener(changed -> text.setInvalid(false));
        Button send = new Button(getTranslation("portal.questions.send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("portal-action");
        add(messages, text, send);
    }

    private void send() {
        try {
            conversations.send(text.getValue());
            text.clear();
            show(conversations.mine());
            getUI().ifPresent(MenuCount::recount);
        } catch (InvalidInput refused) {
            text.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            text.setInvalid(true);
        }
    }

    private void show(MyConversation conversation) {
        messages.removeAll();
        if (conversation.messages().isEmpty()) {
            messages.add(new Paragraph(getTranslation("portal.questions.none")));
        }
        conversation.messages().forEach(message -> messages.add(bubble(message)));
    }

    private Component bubble(FamilyMessage message) {
        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ClockConfiguration.MUNICIPALITY_ZONE);
        String author = message.fromFamily() ? getTranslation("portal.questions.you") : message.authorName();
        Span from = new Span(getTranslation("portal.questions.from", author, moments.format(message.sentAt())));
        from.addClassName("message-from");
        Div bubble = new Div(from, new Paragraph(message.text()));
        bubble.addClassNames("message", message.fromFamily() ? "message-mine" : "message-theirs");
        if (!message.fromFamily() && message.readAt() == null) {
            Span fresh = new Span(getTranslation("portal.questions.new"));
            fresh.addClassName("message-new");
            bubble.addComponentAsFirst(fresh);
        }
        return bubble;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.questions.title");
    }
}
