package nl.gezinsplan.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.base.ClockConfiguration;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.MenuCount;
import nl.gezinsplan.portal.Conversation;
import nl.gezinsplan.portal.Conversations;
import nl.gezinsplan.portal.PortalLimits;
import nl.gezinsplan.portal.FamilyMessage;

/**
 * The family members' conversations with the municipality on the family page, those waiting for an answer first,
 * each with a field to answer it. Part of the family page.
 */
public class FamilyQuestionsPanel extends VerticalLayout {

    private final Conversations conversations;
    private final long familyId;
    private final boolean mayAnswer;

    FamilyQuestionsPanel(Conversations conversations, long familyId, boolean mayAnswer) {
        this.conversations = conversations;
        this.familyId = familyId;
        this.mayAnswer = mayAnswer;
        setPadding(false);
        setId("family-questions");
        show();
    }

    private void show() {
        removeAll();
        var list = conversations.ofFamily(familyId);
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("workspace.questions.tab.none")));
        }
        list.forEach(conversation -> add(conversation(conversation)));
    }

    private Component conversation(Conversation conversation) {
        H3 heading = new H3(conversation.memberName());
        Div section = new Div(heading);
        section.addClassName("family-conversation");
        section.setWidthFull();
        if (conversation.waitingForAnswer()) {
            Span waiting = new Span(getTranslation("workspace.questions.waiting-for-answer"));
            waiting.addClassName("message-waiting");
            section.add(waiting);
        }
        Div messages = new Div();
        messages.addClassName("conversation");
        conversation.messages().forEach(message -> messages.add(bubble(message)));
        section.add(messages);
        if (mayAnswer) {
            section.add(answerField(conversation));
        }
        return section;
    }

    private Component bubble(FamilyMessage message) {
        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ClockConfiguration.MUNICIPALITY_ZONE);
        Span from = new Span(getTranslation("workspace.questions.from", message.authorName(),
                moments.format(message.sentAt())));
        from.addClassName("message-from");
        Div bubble = new Div(from, new Paragraph(message.text()));
        bubble.addClassNames("message", message.fromFamily() ? "message-theirs" : "message-mine");
        return bubble;
    }

    private Component answerField(Conversation conversation) {
        TextArea text = new TextArea(getTranslation("workspace.questions.answer", conversation.memberName()));
        FormInput.limit(text, PortalLimits.MESSAGE);
        text.setWidthFull();
        text.addValueChangeListener(changed -> text.setInvalid(false));
        Button send = new Button(getTranslation("workspace.questions.send"), click -> {
            try {
                conversations.answer(conversation.personId(), text.getValue());
                Notification.show(getTranslation("workspace.questions.answered", conversation.memberName()));
                show();
                getUI().ifPresent(MenuCount::recount);
            } catch (InvalidInput refused) {
                text.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                text.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout answer = new VerticalLayout(text, send);
        answer.setPadding(false);
        answer.setSpacing(false);
        return answer;
    }
}
