package nl.gezinsplan.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.gezinsplan.base.ClockConfiguration;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.casework.ProvisionLine;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.portal.CareFeedback;
import nl.gezinsplan.portal.CareFollowUps;
import nl.gezinsplan.portal.FollowUp;
import nl.gezinsplan.portal.PortalLimits;
import nl.gezinsplan.portal.CareRating;
import nl.gezinsplan.portal.DeliveryAnswer;
import nl.gezinsplan.portal.ProvisionFeedback;

/**
 * What the family said in the portal about each of its provisions, for the consultant: per month whether the care was
 * delivered (a month not delivered with the family's remark stands out until it is followed up: "Opgevolgd", with
 * a short note) and the family's ratings. Part of the family page; reading it is checked and audited by
 * {@link CareFeedback}, following up by {@link CareFollowUps}.
 */
public class CareFeedbackPanel extends VerticalLayout {

    private static final ZoneId ZONE = ClockConfiguration.MUNICIPALITY_ZONE;

    private final CareFeedback feedback;
    private final CareFollowUps followUps;
    private final long familyId;
    private final boolean mayFollowUp;

    public CareFeedbackPanel(CareFeedback feedback, CareFollowUps followUps, long familyId) {
        this.feedback = feedback;
        this.followUps = followUps;
        this.familyId = familyId;
        this.mayFollowUp = followUps.mayFollowUp(familyId);
        setPadding(false);
        show();
    }

    private void show() {
        removeAll();
        List<ProvisionFeedback> provisions = feedback.ofFamily(familyId);
        if (provisions.isEmpty()) {
            add(new Paragraph(getTranslation("portal.care.staff.none")));
        }
        provisions.forEach(this::provision);
    }

    private void provision(ProvisionFeedback provision) {
        ProvisionLine line = provision.provision();
        add(new H3(getTranslation("portal.care.staff.provision", line.productName(), line.personName(),
                getTranslation("casework.law." + line.law()))));
        if (!provision.monthsToConfirm().isEmpty()) {
            add(new Paragraph(getTranslation("portal.care.staff.open-months", provision.monthsToConfirm().size())));
        }
        if (provision.deliveries().isEmpty() && provision.ratings().isEmpty()) {
            add(new Paragraph(getTranslation("portal.care.staff.no-answers")));
            return;
        }
        if (!provision.deliveries().isEmpty()) {
            add(deliveries(line, provision.deliveries()));
        }
        if (!provision.ratings().isEmpty()) {
            add(ratings(provision.ratings()));
        }
    }

    private Grid<DeliveryAnswer> deliveries(ProvisionLine line, List<DeliveryAnswer> answers) {
        DateTimeFormatter months = DateTimeFormatter.ofPattern("MMMM uuuu", getLocale());
        Grid<DeliveryAnswer> grid = new Grid<>();
        grid.addColumn(answer -> months.format(answer.month())).setHeader(getTranslation("portal.care.staff.month"))
                .setAutoWidth(true);
        grid.addColumn(answer -> getTranslation(answer.delivered() ? "portal.care.staff.delivered"
                : "portal.care.staff.not-delivered")).setHeader(getTranslation("portal.care.staff.delivery"))
                .setAutoWidth(true);
        grid.addColumn(DeliveryAnswer::remark).setHeader(getTranslation("portal.care.staff.remark")).setFlexGrow(1);
        grid.addColumn(answer -> getTranslation("portal.care.staff.by", answer.answeredBy(),
                Formats.date(answer.answeredAt().atZone(ZONE).toLocalDate(), getLocale())))
                .setHeader(getTranslation("portal.care.staff.answered")).setAutoWidth(true);
        grid.addComponentColumn(answer -> followUp(line, answer))
                .setHeader(getTranslation("portal.care.follow-up")).setKey("follow-up").setFlexGrow(1);
        grid.setPartNameGenerator(answer -> answer.delivered() || answer.followUp() != null ? null : "not-delivered");
        grid.setItems(answers);
        grid.setAllRowsVisible(true);
        // the family's remark and the follow-up's note wrap rather than being cut off
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("care-deliveries");
        return grid;
    }

    /** For a month not delivered: how it was followed up, or the action to record it. */
    private Component followUp(ProvisionLine line, DeliveryAnswer answer) {
        FollowUp followUp = answer.followUp();
        if (answer.delivered()) {
            return new Span();
        }
        if (followUp != null) {
            return new Span(getTranslation("portal.care.follow-up.done", followUp.by(),
                    Formats.date(followUp.at().atZone(ZONE).toLocalDate(), getLocale()), followUp.note()));
        }
        if (!mayFollowUp) {
            return new Span(getTranslation("portal.care.follow-up.waiting"));
        }
        Button action = new Button(getTranslation("portal.care.follow-up.action"),
                click -> openFollowUp(line, answer.month()));
        action.addThemeVariants(ButtonVariant.LUMO_SMALL);
        action.getElement().setAttribute("aria-label", getTranslation("portal.care.follow-up.action.named",
                line.productName(), DateTimeFormatter.ofPattern("MMMM uuuu", getLocale()).format(answer.month())));
        return action;
    }

    private void openFollowUp(ProvisionLine line, YearMonth month) {
        Dialog dialog = new Dialog(getTranslation("portal.care.follow-up.title", line.productName(),
                DateTimeFormatter.ofPattern("MMMM uuuu", getLocale()).format(month)));
        TextArea note = new TextArea(getTranslation("portal.field.follow-up-note"));
        note.setMaxLength(PortalLimits.FOLLOW_UP_NOTE.maxLength());
        note.setHelperText(getTranslation("portal.care.follow-up.help"));
        note.setWidthFull();
        note.setId("follow-up-note");
        Button save = new Button(getTranslation("portal.care.follow-up.save"), click -> {
            try {
                followUps.followUp(line.id(), month, note.getValue());
                dialog.close();
                show();
            } catch (InvalidInput refused) {
                note.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                note.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("follow-up-save");
        Button cancel = new Button(getTranslation("portal.care.follow-up.cancel"), click -> dialog.close());
        dialog.add(note);
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(32rem, 95vw)");
        dialog.open();
    }

    private Grid<CareRating> ratings(List<CareRating> ratings) {
        Grid<CareRating> grid = new Grid<>();
        grid.addColumn(rating -> getTranslation("portal.care.staff.moment." + rating.moment()))
                .setHeader(getTranslation("portal.care.staff.moment")).setAutoWidth(true);
        grid.addColumn(CareRating::effect).setHeader(getTranslation("portal.care.staff.effect")).setAutoWidth(true);
        grid.addColumn(CareRating::route).setHeader(getTranslation("portal.care.staff.route")).setAutoWidth(true);
        grid.addColumn(CareRating::provider).setHeader(getTranslation("portal.care.staff.provider"))
                .setAutoWidth(true);
        grid.addColumn(CareRating::remark).setHeader(getTranslation("portal.care.staff.remark")).setFlexGrow(1);
        grid.addColumn(rating -> getTranslation("portal.care.staff.by", rating.ratedBy(),
                Formats.date(rating.ratedAt().atZone(ZONE).toLocalDate(), getLocale())))
                .setHeader(getTranslation("portal.care.staff.rated")).setAutoWidth(true);
        grid.setItems(ratings);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addClassName("care-ratings");
        return grid;
    }
}
