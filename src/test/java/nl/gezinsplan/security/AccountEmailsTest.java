package nl.gezinsplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A family member's own e-mail address and their choice to get family e-mails; staff addresses are not theirs. */
@IntegrationTest
class AccountEmailsTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    AccountEmails emails;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFamilyMemberChangesTheirAddressAndTurnsTheMailsOff() {
        String member = familyLogin("ouder@example.org");
        SignIn.as(users, member);
        assertThat(emails.own()).isEqualTo(new AccountEmails.OwnEmail("ouder@example.org", true));
        assertThat(emails.familyMailTo(member)).contains("ouder@example.org");

        emails.changeOwn(" nieuw@example.org ", true);
        assertThat(emails.familyMailTo(member)).contains("nieuw@example.org");

        emails.changeOwn("nieuw@example.org", false);
        assertThat(emails.own()).isEqualTo(new AccountEmails.OwnEmail("nieuw@example.org", false));
        assertThat(emails.familyMailTo(member)).as("turned off").isEmpty();

        emails.changeOwn("", true);
        assertThat(emails.own().email()).isEmpty();
        assertThat(emails.familyMailTo(member)).as("no address").isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :member"
                        + " and subject = 'audit.account.email-changed' and action = 'UPDATE'")
                .param("member", member).query(Long.class).single()).as("each change on the audit trail").isEqualTo(3);
    }

    @Test
    void refusesSomethingThatIsNoAddressAndKeepsTheOldOne() {
        String member = familyLogin("ouder@example.org");
        SignIn.as(users, member);

        assertThatThrownBy(() -> emails.changeOwn("ouder at example", true))
                .isInstanceOf(AccountRefused.class).hasMessage("security.account.email.invalid");
        assertThatThrownBy(() -> emails.changeOwn("a@b.nl".repeat(40), true))
                .isInstanceOf(AccountRefused.class);
        assertThat(emails.own().email()).isEqualTo("ouder@example.org");
    }

    @Test
    void staffHaveNoFamilyMailsAndCannotChangeTheirAddressHere() {
        SignIn.as(users, "anna");

        assertThatThrownBy(emails::own).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> emails.changeOwn("ander@example.org", true))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(emails.familyMailTo("anna")).isEmpty();
    }

    @Test
    void aDisabledLoginGetsNoMail() {
        String member = familyLogin("weg@example.org");

        accounts.disableFamilyLogin(member);

        assertThat(emails.familyMailTo(member)).isEmpty();
    }

    private String familyLogin(String email) {
        String username = "mail-lid-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
        accounts.createFamilyLogin(username, "Lid", "Gezin", "een-lang-wachtwoord", email);
        return username;
    }
}
