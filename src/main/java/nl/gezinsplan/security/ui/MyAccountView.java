package nl.gezinsplan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.gezinsplan.security.AccountEmails;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.PasswordResets;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.TwoFactor;

/**
 * Every user's own account: their password, and two-factor (tweestapsverificatie) with its recovery codes; for a
 * family member also their e-mail address and whether they get e-mails.
 */
@Route("mijn-account")
@Menu(title = "nav.account", order = 20, icon = "vaadin:user")
@PermitAll
public class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    private final TwoFactor twoFactor;
    private final Div twoFactorSection = new Div();

    public MyAccountView(TwoFactor twoFactor, PasswordResets passwords, CurrentUser currentUser,
                         AccountEmails emails) {
        this.twoFactor = twoFactor;
        addClassName("my-account-view");
        add(new H1(getTranslation("account.title")),
                new Paragraph(currentUser.require().fullName() + " (" + currentUser.require().username() + ")"),
                new H2(getTranslation("account.password.title")), new ChangePasswordForm(passwords),
                new H2(getTranslation("two-factor.title")), twoFactorSection);
        showTwoFactor();
        if (currentUser.require().role() == Role.FAMILY) {
            add(new H2(getTranslation("account.email.title")), new FamilyEmailForm(emails));
        }
    }

    private void showTwoFactor() {
        twoFactorSection.removeAll();
        TwoFactor.Status status = twoFactor.status();
        if (!status.offered()) {
            twoFactorSection.add(new Paragraph(getTranslation("two-factor.off")));
        } else if (status.enrolled()) {
            twoFactorSection.add(new Paragraph(getTranslation("two-factor.enrolled", status.recoveryCodesLeft())),
                    new Button(getTranslation("two-factor.new-recovery-codes"), click -> {
                        twoFactorSection.removeAll();
                        twoFactorSection.add(new RecoveryCodes(twoFactor.newRecoveryCodes(), this::showTwoFactor));
                    }));
        } else {
            twoFactorSection.add(new Paragraph(getTranslation(status.required()
                            ? "two-factor.required" : "two-factor.not-enrolled")),
                    new Button(getTranslation("two-factor.enrol"), click -> {
                        twoFactorSection.removeAll();
                        twoFactorSection.add(new TwoFactorEnrolment(twoFactor.startEnrolment(),
                                twoFactor::confirmEnrolment, this::showTwoFactor));
                    }));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
