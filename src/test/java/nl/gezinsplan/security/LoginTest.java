package nl.gezinsplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class LoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    StaffAdministration staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoUserLogsInWithRoleAndLandsOnTheHomePage() throws Exception {
        mvc.perform(formLogin("/inloggen").user("anna").password(DemoUsers.PASSWORD))
                .andExpect(authenticated().withUsername("anna").withRoles(Role.CONSULTANT_NAME))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void userNamesAreNotCaseSensitive() throws Exception {
        mvc.perform(formLogin("/inloggen").user("Anna").password(DemoUsers.PASSWORD))
                .andExpect(authenticated().withUsername("anna"));
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/inloggen").user("bram").password("not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/inloggen?error"));
    }

    @Test
    void unknownUserIsRefused() throws Exception {
        mvc.perform(formLogin("/inloggen").user("nobody").password(DemoUsers.PASSWORD))
                .andExpect(unauthenticated());
    }

    /**
     * No account's name holds a control character, and PostgreSQL cannot even compare a text with NUL. (The login
     * page trims its user name, so one at either end of a name is gone before the name is looked up.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"an\u0000na", "\u0000", "an\u0007na", "an\u0085na"})
    void aUserNameWithNulOrAControlCharacterIsAnUnknownUserAtBothDoors(String username) throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        try {
            MvcResult refused = mvc.perform(SignIn.loginPost(username, DemoUsers.PASSWORD, "10.6.0.1"))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/inloggen?error"))
                    .andReturn();
            assertThat(refused.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                    .isExactlyInstanceOf(BadCredentialsException.class);
            mvc.perform(get("/engine-rest/engine").with(httpBasic(username, DemoUsers.PASSWORD))
                            .with(request -> {
                                request.setRemoteAddr("10.6.0.2");
                                return request;
                            }))
                    .andExpect(status().isUnauthorized());
        } finally {
            root.detachAppender(log);
        }

        assertThat(log.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(ILoggingEvent::getFormattedMessage)).as("errors in the log").isEmpty();
    }

    @Test
    void aLoginWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/inloggen").param("username", "anna").param("password", DemoUsers.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/inloggen").user("anna").password(DemoUsers.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void fiveFailuresLockTheAccountFromThatAddressOnlyAndTheLoginPageSaysHowLong() throws Exception {
        accounts.createIfAbsent("lockme", "Lock", "Me", null, "right", Role.CONSULTANT, Set.of("wmo"));
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(SignIn.loginPost("lockme", "wrong", "10.1.0.1")).andExpect(unauthenticated());
        }
        assertThat(lockedUntil("lockme")).isNull();

        mvc.perform(SignIn.loginPost("lockme", "wrong", "10.1.0.1")).andExpect(unauthenticated());

        MvcResult refused = mvc.perform(SignIn.loginPost("lockme", "right", "10.1.0.1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/inloggen?error"))
                .andReturn();
        assertThat(refused.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOfSatisfying(LoginPaused.class, paused -> assertThat(paused.until())
                        .isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(15 * 60)));
        assertThat(lockedUntil("lockme")).as("the account as a whole waits a second")
                .isBetween(Instant.now().minusSeconds(1), Instant.now().plusSeconds(2));

        accountWaitIsOver("lockme");
        mvc.perform(SignIn.loginPost("lockme", "right", "10.1.0.2")).andExpect(authenticated());
    }

    @Test
    void strangersAtManyAddressesOnlyMakeTheAccountWaitHalfAMinuteAtMost() throws Exception {
        for (int address = 1; address <= 6; address++) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                accountWaitIsOver("beheer");
                mvc.perform(SignIn.loginPost("beheer", "guess", "10.2.0." + address)).andExpect(unauthenticated());
            }
        }
        assertThat(lockedUntil("beheer")).isBetween(Instant.now().plusSeconds(28), Instant.now().plusSeconds(30));

        accountWaitIsOver("beheer");
        mvc.perform(SignIn.loginPost("beheer", DemoUsers.PASSWORD, "10.2.1.1")).andExpect(authenticated());
        assertThat(lockedUntil("beheer")).isNull();
    }

    @Test
    void anAddressTryingManyAccountsIsPausedForEveryAccount() throws Exception {
        for (int account = 1; account <= 20; account++) {
            mvc.perform(SignIn.loginPost("nobody" + account, "guess", "10.3.0.1")).andExpect(unauthenticated());
        }

        MvcResult refused = mvc.perform(SignIn.loginPost("bram", DemoUsers.PASSWORD, "10.3.0.1"))
                .andExpect(unauthenticated()).andReturn();
        assertThat(refused.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LoginPaused.class);
        mvc.perform(SignIn.loginPost("bram", DemoUsers.PASSWORD, "10.3.0.2")).andExpect(authenticated());
    }

    @Test
    void theAdministratorUnlocksAnAccountAtEveryAddress() throws Exception {
        accounts.createIfAbsent("unlockme", "Un", "Lock", null, "right", Role.CONSULTANT, Set.of("wmo"));
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(SignIn.loginPost("unlockme", "wrong", "10.4.0.1"));
        }
        SignIn.as(accounts, "beheer");
        try {
            assertThat(staff.findUsers(UserFilter.text("unlockme"), UserDirectory.Activity.ACTIVE, 0, 1))
                    .singleElement().satisfies(user -> assertThat(user.isLockedAt(Instant.now().plusSeconds(60))).isTrue());
            staff.unlock("unlockme");
        } finally {
            SecurityContextHolder.clearContext();
        }

        mvc.perform(SignIn.loginPost("unlockme", "right", "10.4.0.1")).andExpect(authenticated());
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() throws Exception {
        accounts.createIfAbsent("forgiven", "For", "Given", null, "right", Role.CONSULTANT, Set.of("wmo"));
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(SignIn.loginPost("forgiven", "wrong", "10.5.0.1"));
        }
        mvc.perform(SignIn.loginPost("forgiven", "right", "10.5.0.1")).andExpect(authenticated());
        mvc.perform(SignIn.loginPost("forgiven", "wrong", "10.5.0.1"));

        assertThat(lockedUntil("forgiven")).isNull();
        mvc.perform(SignIn.loginPost("forgiven", "right", "10.5.0.1")).andExpect(authenticated());
    }

    /** The login page's post from a network address of the test's own, so no other test's failures count. */

    /** Time passes: the account's own short wait is over (the waits of its addresses are not touched). */
    private void accountWaitIsOver(String username) {
        jdbc.sql("update user_account set locked_until = now() - interval '1 second' where username = :username")
                .param("username", username).update();
    }

    private Instant lockedUntil(String username) {
        OffsetDateTime lockedUntil = jdbc.sql("select locked_until from user_account where username = :username")
                .param("username", username)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
                .list()
                .get(0);
        return lockedUntil == null ? null : lockedUntil.toInstant();
    }
}
