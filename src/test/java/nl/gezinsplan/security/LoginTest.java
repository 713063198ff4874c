package nl.gezinsplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import nl.gezinsplan.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
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
    JdbcClient jdbc;

    @Test
    void demoUserLogsInWithRoleAndLandsOnTheHomePage() throws Exception {
        mvc.perform(formLogin("/login").user("anna").password(DemoUsers.PASSWORD))
                .andExpect(authenticated().withUsername("anna").withRoles(Role.CONSULTANT_NAME))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void userNamesAreNotCaseSensitive() throws Exception {
        mvc.perform(formLogin("/login").user("Anna").password(DemoUsers.PASSWORD))
                .andExpect(authenticated().withUsername("anna"));
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("bram").password("not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void unknownUserIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("nobody").password(DemoUsers.PASSWORD))
                .andExpect(unauthenticated());
    }

    @Test
    void fiveFailedLoginsLockTheAccountForFifteenMinutesEvenForTheRightPassword() throws Exception {
        accounts.createIfAbsent("lockme", "Lock", "Me", null, "right", Role.CONSULTANT, Set.of("wmo"));
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/login").user("lockme").password("wrong")).andExpect(unauthenticated());
        }
        assertThat(lockedUntil("lockme")).isNull();

        mvc.perform(formLogin("/login").user("lockme").password("wrong")).andExpect(unauthenticated());
        assertThat(lockedUntil("lockme"))
                .isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(15 * 60));

        MvcResult refused = mvc.perform(formLogin("/login").user("lockme").password("right"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        assertThat(refused.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LockedException.class);

        jdbc.sql("update user_account set locked_until = now() - interval '1 second' where username = 'lockme'").update();
        mvc.perform(formLogin("/login").user("lockme").password("right")).andExpect(authenticated());
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() throws Exception {
        accounts.createIfAbsent("forgiven", "For", "Given", null, "right", Role.CONSULTANT, Set.of("wmo"));
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/login").user("forgiven").password("wrong"));
        }
        mvc.perform(formLogin("/login").user("forgiven").password("right")).andExpect(authenticated());
        mvc.perform(formLogin("/login").user("forgiven").password("wrong"));

        assertThat(lockedUntil("forgiven")).isNull();
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
