package nl.gezinsplan.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.EmailField;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.security.AccountEmails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Mijn account of a family member (sanne of the demo): their e-mail address and the choice to get e-mails. */
class FamilyEmailFormTest extends ViewTest {

    @Autowired
    AccountEmails emails;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void putBack() {
        jdbc.sql("update user_account set email = null, mails_wanted = true where username = 'sanne'").update();
    }

    @Test
    void aFamilyMemberSetsTheirAddressAndTurnsTheMailsOff() {
        loginAs("sanne");
        navigate("mijn-account");
        EmailField address = _get(EmailField.class, spec -> spec.withId("account-email"));
        Checkbox wanted = _get(Checkbox.class, spec -> spec.withId("account-email-wanted"));
        assertThat(wanted.getValue()).isTrue();

        address.setValue("sanne@example.org");
        wanted.setValue(false);
        _click(_get(Button.class, spec -> spec.withId("account-email-save")));

        NotificationsKt.expectNotifications("Uw e-mailinstellingen zijn opgeslagen.");
        assertThat(emails.own()).isEqualTo(new AccountEmails.OwnEmail("sanne@example.org", false));
    }

    @Test
    void somethingThatIsNoAddressIsRefusedAndKeptInTheField() {
        loginAs("sanne");
        navigate("mijn-account");
        EmailField address = _get(EmailField.class, spec -> spec.withId("account-email"));

        address.setValue("sanne bij example");
        _click(_get(Button.class, spec -> spec.withId("account-email-save")));

        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).startsWith("Vul een geldig e-mailadres in");
        assertThat(address.getValue()).isEqualTo("sanne bij example");
        assertThat(emails.own().email()).isEmpty();
    }

    @Test
    void staffSetNoFamilyMailsHere() {
        loginAs("anna");
        navigate("mijn-account");

        _assertNone(EmailField.class);
    }
}
