package nl.gezinsplan.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.base.ui.LoginView;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.portal.Invitation;
import nl.gezinsplan.portal.MyFamily;
import nl.gezinsplan.portal.PortalAccess;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

class ActivationViewTest extends ViewTest {

    private static final String PASSWORD = "mijn-eigen-wachtwoord";

    @Autowired
    TestRoutes routes;

    @Autowired
    PortalAccess portalAccess;

    @Autowired
    MyFamily myFamily;

    @Autowired
    UserDirectory directory;

    @Autowired
    TestMembers members;

    @Autowired
    UserDetailsService users;

    @Test
    void theInvitationsLinkMakesTheAccountAndTheMemberThenReadsTheirFamily() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        Invitation invitation = portalAccess.invite(members.parentOf(request.getFamilyId()));
        String username = "sam.route." + request.getId();
        SecurityContextHolder.clearContext();

        navigate("activeren?code=" + invitation.code());
        assertThat(_get(TextField.class, spec -> spec.withId("code")).getValue()).isEqualTo(invitation.code());
        fillIn(username, PASSWORD, PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Account maken")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        _get(Paragraph.class, spec -> spec.withText(
                "Uw account is klaar. Log nu in met uw gebruikersnaam en wachtwoord."));
        SignIn.as(users, username);
        assertThat(myFamily.read().familyName()).isEqualTo("Route");
        assertThat(myFamily.read().member().firstName()).isEqualTo("Sam");
    }

    @Test
    void aCodeThatDoesNotWorkIsExplainedAndTheUserNameStays() {
        navigate("activeren");
        _setValue(_get(TextField.class, spec -> spec.withId("code")), "AAAA-BBBB-CCCC");
        fillIn("kees.bestaat.niet", PASSWORD, PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Account maken")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ActivationView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("activation-refusal")).getText())
                .isEqualTo("Deze code werkt niet (meer). Vraag uw contactpersoon om een nieuwe uitnodiging.");
        assertThat(_get(TextField.class, spec -> spec.withId("username")).getValue()).isEqualTo("kees.bestaat.niet");
        assertThat(_get(TextField.class, spec -> spec.withId("code")).getValue()).isEqualTo("AAAA-BBBB-CCCC");
        assertThat(_get(PasswordField.class, spec -> spec.withId("password")).getValue()).isEmpty();
        assertThat(directory.findUser("kees.bestaat.niet")).isEmpty();
    }

    @Test
    void twoDifferentPasswordsAreRefusedAndTheCodeStillWorks() {
        Request request = routes.awaitingConsent(Law.WMO);
        Invitation invitation = portalAccess.invite(members.parentOf(request.getFamilyId()));
        SecurityContextHolder.clearContext();
        navigate("activeren?code=" + invitation.code());
        fillIn("sam.verschil." + request.getId(), PASSWORD, PASSWORD + "!");
        _click(_get(Button.class, spec -> spec.withText("Account maken")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("activation-refusal")).getText())
                .isEqualTo("De twee wachtwoorden zijn niet hetzelfde. Typ ze nog een keer.");

        fillIn("sam.verschil." + request.getId(), PASSWORD, PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Account maken")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void theLoginPageLeadsToActivation() {
        navigate("inloggen");

        Anchor link = _get(Anchor.class, spec -> spec.withText("Ik heb een uitnodigingscode"));
        assertThat(link.getHref()).isEqualTo("activeren");
        _assertNone(Paragraph.class, spec -> spec.withText(
                "Uw account is klaar. Log nu in met uw gebruikersnaam en wachtwoord."));
    }

    private static void fillIn(String username, String password, String repeat) {
        _setValue(_get(TextField.class, spec -> spec.withId("username")), username);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat")), repeat);
    }
}
