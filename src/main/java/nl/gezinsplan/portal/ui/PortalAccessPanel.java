package nl.gezinsplan.portal.ui;

import static nl.gezinsplan.base.ClockConfiguration.MUNICIPALITY_ZONE;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.portal.Invitation;
import nl.gezinsplan.portal.MemberAccess;
import nl.gezinsplan.portal.PortalAccess;
import nl.gezinsplan.security.SecurityLimits;

/**
 * Part of the family page: each member's access to the portal, and for the consultant the buttons to invite a member
 * (with their e-mail address, optional, to which the link goes; the dialog shows the first-time code once, to pass on
 * in person) and to stop their access.
 */
public class PortalAccessPanel extends VerticalLayout {

    private final PortalAccess portalAccess;
    private final long familyId;
    private final boolean consultant;
    private final Grid<MemberAccess> grid = new Grid<>();

    public PortalAccessPanel(PortalAccess portalAccess, long familyId, boolean consultant) {
        this.portalAccess = portalAccess;
        this.familyId = familyId;
        this.consultant = consultant;
        setPadding(false);
        grid.addColumn(MemberAccess::fullName).setHeader(getTranslation("portal.access.member")).setFlexGrow(2);
        grid.addColumn(this::status).setHeader(getTranslation("portal.access.status")).setFlexGrow(2);
        if (consultant) {
            grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("portal-access");
        add(new Paragraph(getTranslation("portal.access.intro")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(portalAccess.ofFamily(familyId));
    }

    private String status(MemberAccess member) {
        String key = "portal.access.status." + member.status().name();
        return member.at() == null ? getTranslation(key) : getTranslation(key, date(member.at()));
    }

    private Component actions(MemberAccess member) {
        HorizontalLayout actions = new HorizontalLayout();
        if (member.mayBeInvited()) {
            actions.add(new Button(getTranslation("portal.access.invite"), click -> invite(member)));
        }
        if (member.mayBeRevoked()) {
            Button revoke = new Button(getTranslation("portal.access.revoke"), click -> confirmRevoke(member));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(revoke);
        }
        return actions;
    }

    /** Asks for the member's e-mail address, which is optional, then makes the invitation and shows its code. */
    private void invite(MemberAccess member) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("portal.access.invite.title", member.fullName()));
        EmailField email = new EmailField(getTranslation("portal.access.invite.email"));
        email.setHelperText(getTranslation("portal.access.invite.email.help"));
        email.setId("invitation-email");
        email.setWidthFull();
        email.setMaxLength(SecurityLimits.EMAIL);
        dialog.add(email);
        Button create = new Button(getTranslation("portal.access.invite.create"), click -> {
            try {
                Invitation invitation = portalAccess.invite(member.personId(), email.getValue());
                dialog.close();
                refresh();
                showCode(invitation);
            } catch (InvalidInput refused) {
                if (refused.messageKey().equals("portal.access.invite.email.invalid")) {
                    email.setErrorMessage(getTranslation(refused.messageKey()));
                    email.setInvalid(true);
                } else {
                    dialog.close();
                    Notification.show(getTranslation(refused.messageKey(), refused.arguments()))
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("invitation-create");
        dialog.getFooter().add(new Button(getTranslation("portal.access.cancel"), click -> dialog.close()), create);
        dialog.setWidth("min(30rem, 100vw)");
        dialog.open();
    }

    private void showCode(Invitation invitation) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("portal.access.invite.title", invitation.personName()));
        TextField code = new TextField(getTranslation("portal.access.invite.code"), invitation.code(), "");
        code.setReadOnly(true);
        code.setId("invitation-code");
        code.addClassName("invitation-code");
        TextField link = new TextField(getTranslation("portal.access.invite.link"), invitation.link(), "");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setId("invitation-link");
        VerticalLayout content = new VerticalLayout(code, link,
                new Paragraph(getTranslation("portal.access.invite.valid-until", date(invitation.expiresAt()))));
        if (invitation.emailedTo() != null) {
            content.add(new Paragraph(getTranslation("portal.access.invite.emailed", invitation.emailedTo())));
        }
        content.add(new Paragraph(getTranslation("portal.access.invite.pass-on", invitation.personName())));
        dialog.add(content);
        Button close = new Button(getTranslation("portal.access.close"), click -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.setWidth("min(36rem, 100vw)");
        dialog.open();
    }

    private void confirmRevoke(MemberAccess member) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("portal.access.revoke.title", member.fullName()));
        dialog.add(new Paragraph(getTranslation("portal.access.revoke.explain", member.fullName())));
        Button confirm = new Button(getTranslation("portal.access.revoke.confirm"), click -> {
            portalAccess.revoke(member.personId());
            dialog.close();
            refresh();
            Notification.show(getTranslation("portal.access.revoked", member.fullName()));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("portal.access.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private String date(Instant moment) {
        return Formats.date(moment.atZone(MUNICIPALITY_ZONE).toLocalDate(), getLocale());
    }
}
