package nl.gezinsplan.portal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.gezinsplan.base.ClockConfiguration;
import nl.gezinsplan.casework.ProvisionLine;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.portal.CareFeedback;
import nl.gezinsplan.portal.CareRating;
import nl.gezinsplan.portal.DeliveryAnswer;
import nl.gezinsplan.portal.ProvisionFeedback;

/**
 * What the family said in the portal about each of its provisions, for the consultant: per month whether the care was
 * delivered (a month not delivered with the family's remark stands out) and the family's ratings. Part of the family
 * page; reading it is checked and audited by {@link CareFeedback}.
 */
public class CareFeedbackPanel extends VerticalLayout {

    private static final ZoneId ZONE = ClockConfiguration.MUNICIPALITY_ZONE;

    public CareFeedbackPanel(CareFeedback feedback, long familyId) {
        setPadding(false);
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
            add(deliveries(provision.deliveries()));
        }
        if (!provision.ratings().isEmpty()) {
            add(ratings(provision.ratings()));
        }
    }

    private Grid<DeliveryAnswer> deliveries(List<DeliveryAnswer> answers) {
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
        grid.setPartNameGenerator(answer -> answer.delivered() ? null : "not-delivered");
        grid.setItems(answers);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addClassName("care-deliveries");
        return grid;
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
