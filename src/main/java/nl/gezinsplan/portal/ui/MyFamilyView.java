package nl.gezinsplan.portal.ui;

import static nl.gezinsplan.base.ClockConfiguration.MUNICIPALITY_ZONE;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.meeting.Meeting;
import nl.gezinsplan.plan.Agreement;
import nl.gezinsplan.plan.Goal;
import nl.gezinsplan.plan.Involved;
import nl.gezinsplan.plan.PlanComparison;
import nl.gezinsplan.plan.PlanItem;
import nl.gezinsplan.plan.Plans;
import nl.gezinsplan.plan.ui.PlanPdfLink;
import nl.gezinsplan.portal.MyFamily;
import nl.gezinsplan.portal.MyFamilyFile;
import nl.gezinsplan.portal.PortalLimits;
import nl.gezinsplan.portal.Questions;
import nl.gezinsplan.portal.WhatIsNew;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.workflow.PlannedMeeting;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A family member's home in the portal, made for a phone: what is new for them and what to do, the contact person,
 * the family plan in plain words, the care and the meetings.
 */
@Route("mijn-gezin")
@Menu(title = "nav.portal", order = 1, icon = "vaadin:home")
@RolesAllowed(Role.FAMILY_NAME)
public class MyFamilyView extends PortalPage {

    private final MyFamily myFamily;
    private final Plans plans;
    private final Questions questions;
    private final WhatIsNew whatIsNew;
    private final LiveUpdates live;
    private final AuditLog audit;

    public MyFamilyView(MyFamily myFamily, FamilyAccounts accounts, AuditLog audit, Plans plans, Questions questions,
                        WhatIsNew whatIsNew, LiveUpdates live,
                        @Value("${gezinsplan.portal.phone}") String municipalityPhone) {
        super(accounts, audit, municipalityPhone);
        this.myFamily = myFamily;
        this.plans = plans;
        this.questions = questions;
        this.whatIsNew = whatIsNew;
        this.live = live;
        this.audit = audit;
        show();
    }

    @Override
    protected void content(FamilyMember member) {
        MyFamilyFile file = myFamily.read();
        add(new H1(getTranslation("portal.title", file.familyName())),
                new Paragraph(getTranslation("portal.welcome", file.member().firstName())));
        add(whatIsNew(member, file.plan()));
        add(contactPerson(file));
        add(new H2(getTranslation("portal.plan")));
        file.plan().ifPresentOrElse(plan -> plan(plan, file),
                () -> add(new Paragraph(getTranslation("portal.plan.none"))));
        add(new H2(getTranslation("portal.care")));
        if (file.provisions().isEmpty()) {
            add(new Paragraph(getTranslation("portal.care.none")));
        }
        file.provisions().forEach(provision -> add(new ProvisionCard(provision, file)));
        add(new H2(getTranslation("portal.meetings")));
        meetings(file);
    }

    /**
     * "Nieuw voor u": unread answers, letters not seen yet and a plan waiting for this member's agreement. It follows
     * what happens in the family while the page is open; only this card is built anew, so nothing typed below is lost.
     */
    private Component whatIsNew(FamilyMember member, Optional<MyFamilyFile.Plan> shown) {
        Div news = new Div(whatIsNewCard(shown));
        news.setWidthFull();
        SecurityContext signedIn = SecurityContextHolder.getContext();
        live.listen(news, LiveUpdates.family(member.familyId()), () -> as(signedIn, () -> audit.onePageView(() -> {
            news.removeAll();
            news.add(whatIsNewCard(shown));
        })));
        return news;
    }

    private Component whatIsNewCard(Optional<MyFamilyFile.Plan> shown) {
        WhatIsNew.News news = whatIsNew.forMe();
        PortalCard card = new PortalCard(getTranslation("portal.news")).marked("portal-news");
        if (news.isEmpty()) {
            card.line(getTranslation("portal.news.none"));
        }
        if (news.unreadAnswers() > 0) {
            card.line(getTranslation("portal.news.answers", news.unreadAnswers()))
                    .with(new RouterLink(getTranslation("portal.news.answers.open"), QuestionsView.class));
        }
        if (news.newLetters() > 0) {
            card.line(getTranslation("portal.news.letters", news.newLetters()))
                    .with(new RouterLink(getTranslation("portal.news.letters.open"), MyCareView.class));
        }
        news.planToAgree().ifPresent(number -> {
            card.marked("portal-todo").line(getTranslation("portal.plan.agree.ask"));
            // A version saved while the page was open is read before it is agreed to.
            shown.filter(plan -> plan.number() == number).ifPresentOrElse(plan -> card.with(agreeButton(plan)),
                    () -> card.with(showNewPlan()));
        });
        return card;
    }

    private Button showNewPlan() {
        Button button = new Button(getTranslation("portal.news.plan.show"), click -> show());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("portal-action");
        return button;
    }

    /** Runs {@code work} as the member who opened the page: a live refresh may run on a thread that is not theirs. */
    private static void as(SecurityContext signedIn, Runnable work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(signedIn);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private Button agreeButton(MyFamilyFile.Plan plan) {
        Button agree = new Button(getTranslation("portal.plan.agree"), click -> {
            try {
                plans.agreeInPortal(plan.number());
                Notification.show(getTranslation("portal.plan.agreed.thanks"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInput refused) {
                Notification.show(getTranslation(refused.getMessage()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            show();
        });
        agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        agree.addClassName("portal-action");
        return agree;
    }

    /**
     * Below the plan, where the family has just read it: agree, say it does not agree, or ask a question. Not
     * agreeing and a question go to the contact person as a question in "Vragen", which they answer there.
     */
    private Component react(MyFamilyFile.Plan plan) {
        PortalCard card = new PortalCard(getTranslation("portal.plan.react")).marked("portal-plan-react");
        if (plan.mayAgree()) {
            card.marked("portal-todo");
            card.with(agreeButton(plan), writeToContact(plan, "portal.plan.disagree"));
        }
        return card.with(writeToContact(plan, "portal.plan.question"));
    }

    /** A button that opens a field to write in and a button to send it, as a question about this version. */
    private Component writeToContact(MyFamilyFile.Plan plan, String key) {
        TextArea text = new TextArea(getTranslation(key + ".label"));
        FormInput.limit(text, PortalLimits.QUESTION);
        text.setWidthFull();
        text.setVisible(false);
        text.addValueChangeListener(changed -> text.setInvalid(false));
        Button send = new Button(getTranslation("portal.questions.send"), click -> {
            try {
                if (text.getValue().isBlank()) {
                    throw new InvalidInput("portal.questions.empty");
                }
                questions.send(getTranslation(key + ".message", plan.number(), text.getValue().strip()));
                Notification.show(getTranslation("portal.plan.sent"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show();
            } catch (InvalidInput refused) {
                text.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                text.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("portal-action");
        send.setVisible(false);
        Button open = new Button(getTranslation(key), click -> {
            click.getSource().setVisible(false);
            text.setVisible(true);
            send.setVisible(true);
            text.focus();
        });
        open.addClassName("portal-action");
        return new Div(open, text, send);
    }

    /** What changed since the version the family agreed to, so it need not read the whole plan again. */
    private void changes(PlanComparison changes) {
        List<String> lines = Stream.of(
                        changes.goals().stream().map(change -> change(change, "goal", Goal::description)),
                        changes.agreements().stream().map(change -> change(change, "agreement", Agreement::action)),
                        changes.involved().stream().map(change -> change(change, "involved", Involved::name)))
                .flatMap(line -> line)
                .filter(line -> line != null)
                .toList();
        if (!lines.isEmpty()) {
            PortalCard card = new PortalCard(getTranslation("portal.plan.changes", changes.from()))
                    .marked("portal-plan-changes");
            lines.forEach(card::line);
            add(card);
        }
    }

    private <T extends PlanItem> String change(PlanComparison.ItemChange<T> change, String kind,
                                               Function<T, String> name) {
        return change.kind() == PlanComparison.ChangeKind.UNCHANGED ? null
                : getTranslation("portal.plan.change." + kind + "." + change.kind(), name.apply(change.item()));
    }

    private Component contactPerson(MyFamilyFile file) {
        PortalCard card = new PortalCard(getTranslation("portal.contact"));
        file.contactPerson().ifPresentOrElse(contact -> {
            card.line(contact.fullName());
            if (contact.email() != null) {
                card.with(new Anchor("mailto:" + contact.email(), contact.email()));
            }
            card.line(getTranslation("portal.contact.phone", municipalityPhone(), contact.fullName()));
        }, () -> card.line(getTranslation("portal.contact.none", municipalityPhone())));
        return card;
    }

    private void plan(MyFamilyFile.Plan plan, MyFamilyFile file) {
        add(new Paragraph(getTranslation(plan.agreed() ? "portal.plan.version.agreed" : "portal.plan.version",
                plan.number(), Formats.date(plan.createdAt().atZone(MUNICIPALITY_ZONE).toLocalDate(), getLocale()))));
        add(new PlanPdfLink(plans, file.member().familyId(), plan.number(), getLocale()));
        plan.changes().ifPresent(this::changes);
        for (Goal goal : plan.goals()) {
            add(goal(goal, file));
        }
        if (!plan.agreements().isEmpty()) {
            add(new H2(getTranslation("portal.agreements")));
            plan.agreements().forEach(agreement -> add(agreement(agreement)));
        }
        if (!plan.involved().isEmpty()) {
            add(new H2(getTranslation("portal.involved")));
            plan.involved().forEach(involved -> add(involved(involved)));
        }
        add(react(plan));
    }

    private Component goal(Goal goal, MyFamilyFile file) {
        return new PortalCard(goal.description())
                .line(getTranslation("portal.goal.result", goal.measurableResult()))
                .line(goal.personId() == null ? getTranslation("portal.goal.whole-family")
                        : file.firstNameOf(goal.personId()).map(name -> getTranslation("portal.goal.for", name)).orElse(null))
                .line(getTranslation("portal.goal.status." + goal.status()))
                .line(goal.targetDate() == null ? null
                        : getTranslation("portal.goal.target-date", Formats.date(goal.targetDate(), getLocale())))
                .marked("portal-goal", "portal-goal-" + goal.status().name().toLowerCase(Locale.ROOT));
    }

    private Component agreement(Agreement agreement) {
        return new PortalCard(agreement.party())
                .line(agreement.action())
                .line(agreement.dueDate() == null ? null
                        : getTranslation("portal.agreement.due", Formats.date(agreement.dueDate(), getLocale())));
    }

    private Component involved(Involved involved) {
        return new PortalCard(involved.name())
                .line(String.join(", ", Stream.of(involved.role(), involved.organisation())
                        .filter(text -> text != null && !text.isBlank()).toList()));
    }

    private void meetings(MyFamilyFile file) {
        List<PlannedMeeting> planned = file.meetingsPlanned();
        List<Meeting> held = file.meetingsHeld();
        if (planned.isEmpty() && held.isEmpty()) {
            add(new Paragraph(getTranslation("portal.meetings.none")));
        }
        planned.forEach(meeting -> add(new PortalCard(getTranslation("portal.meeting." + meeting.kind()))
                .line(getTranslation("portal.meeting.planned", Formats.date(meeting.date(), getLocale())))
                .line(file.firstNameOf(meeting.personId()).map(name -> getTranslation("portal.meeting.about", name))
                        .orElse(null))
                .marked("portal-planned")));
        held.forEach(meeting -> add(new PortalCard(getTranslation("portal.meeting." + meeting.kind()))
                .line(getTranslation("portal.meeting.held", Formats.date(meeting.heldOn(), getLocale())))
                .line(file.firstNameOf(meeting.personId()).map(name -> getTranslation("portal.meeting.about", name))
                        .orElse(null))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.portal");
    }
}
