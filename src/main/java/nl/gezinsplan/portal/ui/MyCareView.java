package nl.gezinsplan.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.base.form.DownloadLink;
import nl.gezinsplan.casework.ExtensionLetter;
import nl.gezinsplan.decision.DecisionLetterSummary;
import nl.gezinsplan.decision.ui.DecisionLetterLink;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.objection.ObjectionLetterSummary;
import nl.gezinsplan.portal.CareFeedback;
import nl.gezinsplan.portal.CareRating;
import nl.gezinsplan.portal.DeliveryAnswer;
import nl.gezinsplan.portal.MyLetterList;
import nl.gezinsplan.portal.MyLetters;
import nl.gezinsplan.portal.PortalLimits;
import nl.gezinsplan.portal.ProvisionFeedback;
import nl.gezinsplan.portal.RatingMoment;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.Role;
import org.springframework.beans.factory.annotation.Value;

/**
 * "Mijn hulp" on a phone: per provision, whether the care was given each month and what the member thinks of it, and
 * the decision letters (listed here, they are no longer new on the home page). A few open months at a time, oldest
 * first, so the page stays short.
 */
@Route("mijn-gezin/hulp")
@Menu(title = "nav.portal.care", order = 3, icon = "vaadin:handshake")
@RolesAllowed(Role.FAMILY_NAME)
public class MyCareView extends PortalPage {

    /** How many months a provision asks about at once. */
    static final int MONTHS_AT_ONCE = 3;
    /** How many of the answered months a provision shows. */
    private static final int ANSWERS_SHOWN = 3;

    private final CareFeedback feedback;
    private final MyLetters letters;
    private final Clock clock;

    public MyCareView(CareFeedback feedback, MyLetters letters, FamilyAccounts accounts, AuditLog audit, Clock clock,
                      @Value("${gezinsplan.portal.phone}") String municipalityPhone, LiveUpdates live) {
        super(accounts, audit, municipalityPhone);
        this.feedback = feedback;
        this.letters = letters;
        this.clock = clock;
        show();
        showLive(live);
    }

    @Override
    protected void content(FamilyMember member) {
        add(new H1(getTranslation("nav.portal.care")));
        add(new Paragraph(getTranslation("portal.care.intro")));
        List<ProvisionFeedback> care = feedback.mine();
        if (care.isEmpty()) {
            add(new Paragraph(getTranslation("portal.care.feedback.none")));
        }
        care.forEach(provision -> add(provision(provision, member.personId())));
        add(new H2(getTranslation("portal.care.letters")));
        letters();
    }

    private Component provision(ProvisionFeedback provision, long personId) {
        ProvisionCard card = new ProvisionCard(provision.provision(), Optional.of(provision.provision().personName()));
        List<YearMonth> open = provision.monthsToConfirm();
        open.stream().limit(MONTHS_AT_ONCE).forEach(month -> card.with(deliveryQuestion(provision, month)));
        if (open.size() > MONTHS_AT_ONCE) {
            card.line(getTranslation("portal.care.delivery.more", open.size() - MONTHS_AT_ONCE));
        }
        provision.ratingsAskedOf(personId).forEach(moment -> card.with(ratingQuestion(provision, moment)));
        List<DeliveryAnswer> answers = provision.deliveries();
        for (int last = answers.size() - 1; last >= Math.max(0, answers.size() - ANSWERS_SHOWN); last--) {
            DeliveryAnswer answer = answers.get(last);
            card.line(answered(answer));
            if (answer.personId() == personId
                    && answer.answeredAt().atZone(clock.getZone()).toLocalDate().equals(LocalDate.now(clock))) {
                card.with(undo(provision.provision().id(), answer.month()));
            }
        }
        provision.ratings().forEach(rating -> card.line(rated(rating)));
        return card;
    }

    private Component deliveryQuestion(ProvisionFeedback provision, YearMonth month) {
        long provisionId = provision.provision().id();
        PortalCard question = new PortalCard(getTranslation("portal.care.delivery.question", month(month)));
        question.marked("portal-todo");
        Button yes = action(getTranslation("portal.care.delivery.yes"),
                () -> feedback.answerDelivery(provisionId, month, true, null), "portal.care.delivery.thanks");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextArea remark = new TextArea(getTranslation("portal.care.delivery.remark"));
        FormInput.limit(remark, PortalLimits.DELIVERY_REMARK);
        remark.setWidthFull();
        remark.setVisible(false);
        Button send = action(getTranslation("portal.care.send"),
                () -> feedback.answerDelivery(provisionId, month, false, remark.getValue()),
                "portal.care.delivery.thanks", remark);
        send.setVisible(false);
        Button no = new Button(getTranslation("portal.care.delivery.no"), click -> {
            remark.setVisible(true);
            send.setVisible(true);
            click.getSource().setVisible(false);
            remark.focus();
        });
        no.addClassName("portal-action");
        return question.with(yes, no, remark, send);
    }

    /** Takes back the member's answer of today, so a tap on the wrong button can be put right. */
    private Button undo(long provisionId, YearMonth month) {
        Button undo = action(getTranslation("portal.care.delivery.undo", month(month)),
                () -> feedback.undoDelivery(provisionId, month), "portal.care.delivery.undone");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return undo;
    }

    private Component ratingQuestion(ProvisionFeedback provision, RatingMoment moment) {
        PortalCard question = new PortalCard(getTranslation("portal.care.rating.question"));
        question.marked("portal-todo");
        question.line(getTranslation("portal.care.rating.moment." + moment));
        question.line(getTranslation("portal.care.rating.scale"));
        RadioButtonGroup<Integer> effect = score(getTranslation("portal.care.rating.effect"));
        RadioButtonGroup<Integer> route = score(getTranslation("portal.care.rating.route"));
        RadioButtonGroup<Integer> provider = score(getTranslation("portal.care.rating.provider"));
        TextArea remark = new TextArea(getTranslation("portal.care.rating.remark"));
        FormInput.limit(remark, PortalLimits.RATING_REMARK);
        remark.setWidthFull();
        Button send = action(getTranslation("portal.care.send"),
                () -> feedback.rate(provision.provision().id(), moment, valueOf(effect), valueOf(route),
                        valueOf(provider), remark.getValue()),
                "portal.care.rating.thanks");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return question.with(effect, route, provider, remark, send);
    }

    private RadioButtonGroup<Integer> score(String label) {
        RadioButtonGroup<Integer> score = new RadioButtonGroup<>(label);
        score.setItems(IntStream.rangeClosed(1, 10).boxed().toList());
        score.addClassName("portal-score");
        score.setWidthFull();
        return score;
    }

    /** No choice is sent as 0, which the service refuses like any score outside 1 to 10. */
    private static int valueOf(RadioButtonGroup<Integer> score) {
        return score.getValue() == null ? 0 : score.getValue();
    }

    /**
     * A full-width button that sends the answer and thanks the member, or tells them what to correct: next to
     * {@code field} when there is one, else in a message.
     */
    private Button action(String text, Runnable answer, String thanks, TextArea... field) {
        Button button = new Button(text, click -> {
            try {
                answer.run();
                Notification.show(getTranslation(thanks)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show();
            } catch (InvalidInput refused) {
                String message = getTranslation(refused.messageKey(), refused.arguments());
                if (field.length > 0) {
                    field[0].setErrorMessage(message);
                    field[0].setInvalid(true);
                } else {
                    Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        });
        button.addClassName("portal-action");
        return button;
    }

    private void letters() {
        MyLetterList all = letters.read();
        List<DecisionLetterSummary> list = all.decisions();
        List<ExtensionLetter> extensions = all.extensions();
        List<ObjectionLetterSummary> objections = all.objections();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("portal.care.letters.none")));
        }
        objections.forEach(letter -> add(new PortalCard(getTranslation("portal.care.letters.objection." + letter.outcome()))
                .line(getTranslation("portal.care.law." + letter.law()))
                .line(letter.date() == null ? null
                        : getTranslation("portal.care.letters.date", Formats.date(letter.date(), getLocale())))
                .with(objectionDownload(letter))));
        extensions.forEach(letter -> add(new PortalCard(getTranslation("portal.care.letters.kind.EXTENSION"))
                .line(getTranslation("portal.care.law." + letter.law()))
                .line(getTranslation("portal.care.letters.extended-to", Formats.date(letter.extendedTo(), getLocale())))
                .line(getTranslation("portal.care.letters.date", Formats.date(letter.sentOn(), getLocale())))
                .with(extensionDownload(letter))));
        list.forEach(letter -> add(new PortalCard(getTranslation("portal.care.letters.kind." + letter.kind()))
                .line(getTranslation("portal.care.law." + letter.law()))
                .line(getTranslation("portal.care.for", letter.personName()))
                .line(letter.date() == null ? null
                        : getTranslation("portal.care.letters.date", Formats.date(letter.date(), getLocale())))
                .with(download(letter))));
    }

    private Anchor extensionDownload(ExtensionLetter letter) {
        Anchor link = new DownloadLink(getTranslation("portal.care.letters.download"), () -> new DownloadLink.File(
                letters.downloadExtension(letter.requestId()), ExtensionLetter.fileName(letter.requestId()),
                ExtensionLetter.CONTENT_TYPE));
        link.addClassName("portal-download");
        return link;
    }

    private Anchor objectionDownload(ObjectionLetterSummary letter) {
        Anchor link = new DecisionLetterLink(getTranslation("portal.care.letters.download"),
                () -> letters.downloadObjection(letter.objectionId()));
        link.addClassName("portal-download");
        return link;
    }

    private Anchor download(DecisionLetterSummary letter) {
        Anchor link = new DecisionLetterLink(getTranslation("portal.care.letters.download"),
                () -> letters.download(letter.id()));
        link.addClassName("portal-download");
        return link;
    }

    private String answered(DeliveryAnswer answer) {
        return answer.delivered()
                ? getTranslation("portal.care.delivery.answered.yes", month(answer.month()))
                : getTranslation("portal.care.delivery.answered.no", month(answer.month()), answer.remark());
    }

    private String rated(CareRating rating) {
        return getTranslation("portal.care.rating.given." + rating.moment(), rating.effect(), rating.route(),
                rating.provider());
    }

    private String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMMM uuuu", getLocale()).format(month);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.portal.care");
    }
}
