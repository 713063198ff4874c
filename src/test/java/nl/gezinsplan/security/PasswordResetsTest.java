package nl.gezinsplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PasswordResetsTest {

    static final List<GrantedAuthority> MUST_CHOOSE_ONLY =
            List.of(new SimpleGrantedAuthority(PasswordResets.MUST_CHOOSE_PASSWORD));

    @Autowired
    PasswordResets resets;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAdministratorIssuesACodeAndLinkThatAreStoredOnlyAsAHash() {
        String username = TestAccounts.consultant(accounts, "herstel");
        IssuedCode issued = issueAsAdministrator(username);

        assertThat(issued.username()).isEqualTo(username);
        assertThat(issued.code()).matches("([A-HJ-NP-Z2-9]{4}-){6}[A-HJ-NP-Z2-9]{2}");
        String code = issued.code().replace("-", "");
        assertThat(issued.link()).isEqualTo("http://localhost:8080/wachtwoord/" + code);
        assertThat(issued.expiresAt()).isCloseTo(clock.instant().plus(72, ChronoUnit.HOURS),
                within(1, ChronoUnit.MINUTES));
        assertThat(jdbc.sql("select code_hash from password_code c join user_account u on u.id = c.user_account"
                        + " where u.username = :username").param("username", username).query(String.class).list())
                .containsExactly(new OneTimeCode(code).hash())
                .noneMatch(hash -> hash.contains(code));
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'beheer' and subject ="
                        + " 'audit.password.reset-issued' and detail = :username").param("username", username)
                .query(Long.class).single()).isOne();
    }

    @Test
    void theCodeLogsInOnceAndThatLoginMayOnlyChooseAPassword() throws Exception {
        String username = TestAccounts.consultant(accounts, "eenmalig");
        IssuedCode issued = issueAsAdministrator(username);

        mvc.perform(SignIn.loginPost(username, issued.code().toLowerCase(), "10.40.0.1"))
                .andExpect(authenticated().withUsername(username).withAuthorities(MUST_CHOOSE_ONLY));
        mvc.perform(SignIn.loginPost(username, issued.code(), "10.40.0.2")).andExpect(unauthenticated());
    }

    @Test
    void theOldPasswordStillLogsInButMustChooseANewPasswordFirst() throws Exception {
        String username = TestAccounts.consultant(accounts, "oud");
        issueAsAdministrator(username);

        mvc.perform(SignIn.loginPost(username, TestAccounts.PASSWORD, "10.40.1.1"))
                .andExpect(authenticated().withUsername(username).withAuthorities(MUST_CHOOSE_ONLY));
    }

    @Test
    void aCodeExpiresAfterSeventyTwoHours() throws Exception {
        String username = TestAccounts.consultant(accounts, "verlopen");
        IssuedCode issued = issueAsAdministrator(username);

        clock.moveTo(LocalDate.now(clock).plusDays(3).plusDays(1));
        mvc.perform(SignIn.loginPost(username, issued.code(), "10.40.2.1")).andExpect(unauthenticated());
    }

    @Test
    void aNewCodeReplacesTheEarlierOne() throws Exception {
        String username = TestAccounts.consultant(accounts, "vervangen");
        IssuedCode first = issueAsAdministrator(username);
        IssuedCode second = issueAsAdministrator(username);

        mvc.perform(SignIn.loginPost(username, first.code(), "10.40.3.1")).andExpect(unauthenticated());
        mvc.perform(SignIn.loginPost(username, second.code(), "10.40.3.2")).andExpect(authenticated());
    }

    @Test
    void aCodeWorksOnlyForItsOwnAccount() throws Exception {
        String username = TestAccounts.consultant(accounts, "eigen");
        String other = TestAccounts.consultant(accounts, "ander");
        IssuedCode issued = issueAsAdministrator(username);

        mvc.perform(SignIn.loginPost(other, issued.code(), "10.40.4.1")).andExpect(unauthenticated());
    }

    @Test
    void onlyAnAdministratorIssuesCodesForStaffButNotForTheirOwnAccount() {
        String username = TestAccounts.consultant(accounts, "geweigerd");
        SignIn.as(users, "marieke");
        assertThatThrownBy(() -> resets.issue(username)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "beheer");
        assertThatThrownBy(() -> resets.issue("BEHEER")).isInstanceOf(AccountRefused.class)
                .hasMessage("security.reset.own");
        assertThatThrownBy(() -> resets.issue("niemand-hier")).isInstanceOf(AccountRefused.class)
                .hasMessage("security.reset.unknown");
        assertThatThrownBy(() -> resets.issue("sanne")).as("a family member is invited again by the consultant")
                .isInstanceOf(AccountRefused.class).hasMessage("security.reset.unknown");
    }

    @Test
    void theNewPasswordMeetsThePolicyAndThenLogsInWithTheRole() throws Exception {
        String username = TestAccounts.consultant(accounts, "kiezen");
        IssuedCode issued = issueAsAdministrator(username);
        SecurityContextHolder.clearContext();
        mvc.perform(SignIn.loginPost(username, issued.code(), "10.40.5.1")).andExpect(authenticated());

        SignIn.as(users, username);
        assertThatThrownBy(() -> resets.choosePassword("kort")).isInstanceOf(AccountRefused.class)
                .hasMessage("security.password.too-short");
        assertThatThrownBy(() -> resets.choosePassword("unbelievable")).isInstanceOf(AccountRefused.class)
                .hasMessage("security.password.common");
        resets.choosePassword("een nieuw eigen wachtwoord");

        mvc.perform(SignIn.loginPost(username, "een nieuw eigen wachtwoord", "10.40.5.2"))
                .andExpect(authenticated().withUsername(username).withRoles(Role.CONSULTANT_NAME));
        mvc.perform(SignIn.loginPost(username, TestAccounts.PASSWORD, "10.40.5.3")).andExpect(unauthenticated());
    }

    @Test
    void aLoginThatNeedNotChooseCannotChooseThisWay() {
        SignIn.as(users, "anna");
        assertThatThrownBy(() -> resets.choosePassword("een nieuw eigen wachtwoord"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private IssuedCode issueAsAdministrator(String username) {
        SignIn.as(users, "beheer");
        try {
            return resets.issue(username);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aUserChangesTheirOwnPasswordKnowingTheCurrentOneAndAWrongOneCountsAsAFailedLogin() throws Exception {
        String username = TestAccounts.consultant(accounts, "wijzig");
        SignIn.as(users, username);

        assertThatThrownBy(() -> resets.changePassword("geraden wachtwoord", "een nieuwe lange zin"))
                .isInstanceOf(AccountRefused.class).hasMessage("security.password.current-wrong");
        assertThat(jdbc.sql("select failed_logins from user_account where username = :username")
                .param("username", username).query(Integer.class).single()).as("counted, not rolled back").isOne();
        assertThatThrownBy(() -> resets.changePassword(TestAccounts.PASSWORD, "kort"))
                .isInstanceOf(AccountRefused.class).hasMessage("security.password.too-short");

        resets.changePassword(TestAccounts.PASSWORD, "een nieuwe lange zin");

        SecurityContextHolder.clearContext();
        mvc.perform(SignIn.loginPost(username, "een nieuwe lange zin", "10.40.9.1"))
                .andExpect(authenticated().withUsername(username));
        mvc.perform(SignIn.loginPost(username, TestAccounts.PASSWORD, "10.40.9.2")).andExpect(unauthenticated());
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :username and subject ="
                        + " 'audit.password.changed'").param("username", username).query(Long.class).single()).isOne();
    }

    @Test
    void aLoginThatMustChooseAPasswordCannotChangeItThisWay() throws Exception {
        String username = TestAccounts.consultant(accounts, "moetkiezen");
        issueAsAdministrator(username);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, MUST_CHOOSE_ONLY));

        assertThatThrownBy(() -> resets.changePassword(TestAccounts.PASSWORD, "een nieuwe lange zin"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
