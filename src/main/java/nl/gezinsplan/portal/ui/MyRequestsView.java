package nl.gezinsplan.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.portal.MyRequests;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.Role;
import org.springframework.beans.factory.annotation.Value;

/**
 * "Aanvragen" on a phone: the family's requests for help with where each stands, and "Aanvraag intrekken" on an open
 * one, after the member confirms it.
 */
@Route("mijn-gezin/aanvragen")
@Menu(title = "nav.portal.requests", order = 3.5, icon = "vaadin:folder-open-o")
@RolesAllowed(Role.FAMILY_NAME)
public class MyRequestsView extends PortalPage {

    private final MyRequests requests;

    public MyRequestsView(MyRequests requests, FamilyAccounts accounts, AuditLog audit,
                          @Value("${gezinsplan.portal.phone}") String municipalityPhone, LiveUpdates live) {
        super(accounts, audit, municipalityPhone);
        this.requests = requests;
        show();
        showLive(live);
    }

    @Override
    protected void content(FamilyMember member) {
        add(new H1(getPageTitle()), new Paragraph(getTranslation("portal.requests.intro")));
        List<MyRequests.MyRequest> mine = requests.list();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("portal.requests.none")));
        }
        mine.forEach(item -> add(card(item.request(), item.personName())));
    }

    private PortalCard card(Request request, String personName) {
        PortalCard card = new PortalCard(getTranslation("portal.requests.request",
                getTranslation("casework.law." + request.getLaw().name())))
                .line(getTranslation("portal.care.for", personName))
                .line(getTranslation("portal.requests.requested-on", Formats.date(request.getRequestedOn(), getLocale())))
                .line(request.getDescription())
                .line(getTranslation("portal.requests.status",
                        getTranslation("casework.request.status." + request.getStatus().name())));
        if (request.isOpen()) {
            Button withdraw = new Button(getTranslation("portal.requests.withdraw"), click -> confirm(request));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.addClassName("portal-action");
            card.with(withdraw);
        }
        return card;
    }

    private void confirm(Request request) {
        Dialog dialog = new Dialog(getTranslation("portal.requests.withdraw.title"));
        dialog.add(new Paragraph(getTranslation("portal.requests.withdraw.text")));
        Button yes = new Button(getTranslation("portal.requests.withdraw.yes"), click -> {
            dialog.close();
            withdraw(request);
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("portal.requests.withdraw.no"), click -> dialog.close()), yes);
        dialog.setWidth("min(32rem, 95vw)");
        dialog.open();
    }

    private void withdraw(Request request) {
        try {
            requests.withdraw(request.getId());
            Notification.show(getTranslation("portal.requests.withdrawn"));
        } catch (InvalidInput refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.portal.requests");
    }
}
