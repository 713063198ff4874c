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
import nl.gezinsplan.portal.MemberQuestions;
import nl.gezinsplan.portal.Questions;
import nl.gezinsplan.portal.PortalLimits;
import nl.gezinsplan.portal.QuestionOrAnswer;

/**
 * The family members' questions to the municipality and the answers on the family page, those waiting for an answer first,
 * each with a field to answer it. Part of the family page.
 */
public class FamilyQuestionsPanel extends VerticalLayout {

    private final Questions questions;
    private final long familyId;
    private final boolean mayAnswer;

    FamilyQuestionsPanel(Questions questions, long familyId, boolean mayAnswer) {
        this.questions = questions;
        this.familyId = familyId;
        this.mayAnswer = mayAnswer;
        setPadding(false);
        setId("family-questions");
        show();
    }

    private void show() {
        removeAll();
        var list = questions.ofFamily(familyId);
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("workspace.questions.tab.none")));
        }
        list.forEach(member -> add(memberQuestions(member)));
    }

    private Component memberQuestions(MemberQuestions member) {
        H3 heading = new H3(member.memberName());
        Div section = new Div(heading);
        section.addClassName("member-questions");
        section.setWidthFull();
        if (member.waitingForAnswer()) {
            Span waiting = new Span(getTranslation("workspace.questions.waiting-for-answer"));
            waiting.addClassName("bubble-waiting");
            section.add(waiting);
        }
        Div bubbles = new Div();
        bubbles.addClassName("questions");
        member.items().forEach(item -> bubbles.add(bubble(item)));
        section.add(bubbles);
        if (mayAnswer) {
            section.add(answerField(member));
        }
        return section;
    }

    private Component bubble(QuestionOrAnswer item) {
        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ClockConfiguration.MUNICIPALITY_ZONE);
        Span from = new Span(getTranslation("workspace.questions.from", item.authorName(),
                moments.format(item.sentAt())));
        from.addClassName("bubble-from");
        Div bubble = new Div(from, new Paragraph(item.text()));
        bubble.addClassNames("bubble", item.fromFamily() ? "bubble-theirs" : "bubble-mine");
        return bubble;
    }

    private Component answerField(MemberQuestions member) {
        TextArea text = new TextArea(getTranslation("workspace.questions.answer", member.memberName()));
        FormInput.limit(text, PortalLimits.QUESTION);
        text.setWidthFull();
        text.addValueChangeListener(changed -> text.setInvalid(false));
        Button send = new Button(getTranslation("workspace.questions.send"), click -> {
            try {
                questions.answer(member.personId(), text.getValue());
                Notification.show(getTranslation("workspace.questions.answered", member.memberName()));
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
