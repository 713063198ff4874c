package nl.gezinsplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Set;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A session outlives its login: when the account is deactivated or gets another role, its next request ends it; a
 * deactivated user cannot log in again.
 */
@IntegrationTest
class SignedInAccountCheckTest {

    private static final String PASSWORD = "een-goed-wachtwoord";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    StaffAdministration staff;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theNextRequestOfADeactivatedUsersSessionGoesToTheLoginPageWhichSaysWhy() throws Exception {
        String username = TestStaffAccounts.newUsername("sessie");
        MockHttpSession session = signedIn(username, Role.CONSULTANT);
        mvc.perform(get("/werk").session(session)).andExpect(authenticated().withUsername(username));

        asAdministrator(() -> staff.deactivate(username));
        MvcResult refused = mvc.perform(get("/werk").session(session))
                .andExpect(redirectedUrl("/inloggen"))
                .andReturn();

        assertThat(session.isInvalid()).isTrue();
        MockHttpSession next = (MockHttpSession) refused.getRequest().getSession(false);
        assertThat(next.getAttribute(SignedInAccountCheck.REASON)).isEqualTo("security.session.deactivated");
        mvc.perform(get("/werk").session(next)).andExpect(unauthenticated());
        mvc.perform(formLogin("/inloggen").user(username).password(PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void aClickInAnOpenPageOfADeactivatedUserFindsTheSessionGone() throws Exception {
        String username = TestStaffAccounts.newUsername("klik");
        MockHttpSession session = signedIn(username, Role.CONSULTANT);

        asAdministrator(() -> staff.deactivate(username));
        mvc.perform(get("/").param("v-r", "uidl").session(session)).andExpect(unauthenticated());

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aSessionOfAUserWhoseRoleChangedEnds() throws Exception {
        String username = TestStaffAccounts.newUsername("rol");
        MockHttpSession session = signedIn(username, Role.ADMIN);

        asAdministrator(() -> staff.change(username, TestStaffAccounts.details(username, Role.CONSULTANT, TestStaffAccounts.TEAM)));
        MvcResult refused = mvc.perform(get("/beheer/gebruikers").session(session))
                .andExpect(redirectedUrl("/inloggen"))
                .andReturn();

        assertThat(refused.getRequest().getSession(false).getAttribute(SignedInAccountCheck.REASON))
                .isEqualTo("security.session.role-changed");
    }

    @Test
    void anActiveUsersSessionGoesOn() throws Exception {
        String username = TestStaffAccounts.newUsername("blijft");
        MockHttpSession session = signedIn(username, Role.CONSULTANT);

        mvc.perform(get("/werk").session(session)).andExpect(authenticated().withUsername(username));
        mvc.perform(get("/werk").session(session)).andExpect(authenticated().withUsername(username));

        assertThat(session.isInvalid()).isFalse();
    }

    /** A session of a new user who logged in with the login form. */
    private MockHttpSession signedIn(String username, Role role) throws Exception {
        accounts.createIfAbsent(username, "Ses", "Sie", null, PASSWORD, role,
                role == Role.ADMIN ? Set.of() : Set.of(TestStaffAccounts.TEAM));
        return (MockHttpSession) mvc.perform(formLogin("/inloggen").user(username).password(PASSWORD))
                .andExpect(authenticated().withUsername(username))
                .andReturn().getRequest().getSession(false);
    }

    private void asAdministrator(Runnable act) {
        SignIn.as(accounts, "beheer");
        try {
            act.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
