package nl.gezinsplan.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.base.ClockConfiguration;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casework.ApplicationChannel;
import nl.gezinsplan.casework.CaseworkLimits;
import nl.gezinsplan.casework.ResearchReport;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.casework.ui.ResearchReportLink;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.portal.MyResearch;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.Role;
import org.springframework.beans.factory.annotation.Value;

/**
 * "Onderzoek" on a phone: the research reports the family received in writing (Wmo), each to read as the PDF that was
 * sent, with the family's view (zienswijze) beside it, or a field to give it.
 */
@Route("mijn-gezin/onderzoek")
@Menu(title = "nav.portal.research", order = 4, icon = "vaadin:clipboard-text")
@RolesAllowed(Role.FAMILY_NAME)
public class MyResearchView extends PortalPage {

    private final MyResearch research;

    public MyResearchView(MyResearch research, FamilyAccounts accounts, AuditLog audit,
                          @Value("${gezinsplan.portal.phone}") String municipalityPhone, LiveUpdates live) {
        super(accounts, audit, municipalityPhone);
        this.research = research;
        show();
        showLive(live);
    }

    @Override
    protected void content(FamilyMember member) {
        add(new H1(getPageTitle()), new Paragraph(getTranslation("portal.research.intro")));
        List<MyResearch.ReceivedReport> reports = research.list();
        if (reports.isEmpty()) {
            add(new Paragraph(getTranslation("portal.research.none")));
        }
        reports.forEach(received -> add(card(received)));
    }

    private PortalCard card(MyResearch.ReceivedReport received) {
        ResearchReport report = received.report();
        PortalCard card = reportCard(report, received.personName());
        if (received.applicationOpen()) {
            card.with(application(report));
        } else if (received.request().getApplicationChannel() == ApplicationChannel.PORTAL) {
            card.line(getTranslation("portal.research.applied", Formats.date(received.request().getAppliedOn(),
                    getLocale())));
        }
        return card;
    }

    /**
     * Agreeing with the report is the application (aanvraag) for the support it concludes is needed, beside the view:
     * the decision follows within two weeks.
     */
    private Component application(ResearchReport report) {
        Paragraph explanation = new Paragraph(getTranslation("portal.research.apply.explanation"));
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.setVisible(false);
        Button apply = new Button(getTranslation("portal.research.apply"), click -> {
            try {
                research.applyByAgreeing(report.getRequestId());
                Notification.show(getTranslation("portal.research.apply.done"));
                show();
            } catch (InvalidInput refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
                error.setVisible(true);
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClassName("portal-action");
        Div field = new Div(explanation, error, apply);
        field.addClassName("research-application");
        return field;
    }

    private PortalCard reportCard(ResearchReport report, String personName) {
        Anchor download = new ResearchReportLink(getTranslation("portal.research.download"),
                () -> research.download(report.getRequestId()));
        download.addClassName("portal-download");
        PortalCard card = new PortalCard(getTranslation("portal.research.report",
                Formats.date(report.getConversationOn(), getLocale())))
                .line(getTranslation("portal.care.for", personName))
                .line(getTranslation("portal.research.sent", day(report.getSentAt())))
                .with(download);
        if (report.getFamilyView() != null) {
            return card.line(getTranslation("portal.research.view.given", day(report.getFamilyViewAt())))
                    .line(report.getFamilyView());
        }
        return card.with(viewField(report));
    }

    private Component viewField(ResearchReport report) {
        TextArea view = new TextArea(getTranslation("portal.research.view"));
        view.setHelperText(getTranslation("portal.research.view.help"));
        FormInput.limit(view, CaseworkLimits.FAMILY_VIEW);
        view.setWidthFull();
        view.setMinHeight("8rem");
        view.addValueChangeListener(changed -> view.setInvalid(false));
        Button send = new Button(getTranslation("portal.research.view.send"), click -> {
            try {
                research.addView(report.getRequestId(), view.getValue());
                Notification.show(getTranslation("portal.research.view.sent"));
                show();
            } catch (InvalidInput refused) {
                view.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                view.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("portal-action");
        Div field = new Div(view, send);
        field.addClassName("research-view");
        return field;
    }

    private String day(Instant at) {
        return Formats.date(LocalDate.ofInstant(at, ClockConfiguration.MUNICIPALITY_ZONE), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.portal.research");
    }
}
