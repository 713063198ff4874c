package nl.gezinsplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.ArrayList;
import java.util.List;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.security.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The login page's two fields, posted as a browser would with generated bad values (over-long, NUL and control
 * characters, half surrogate pairs): each post is refused back to the login page, which then shows its message, and
 * nothing fails unseen. Each post comes from its own address, and bad passwords go to an account of the test's own,
 * which they slow down; a good login then passes.
 */
@IntegrationTest
class LoginFuzzTest {

    private static final int CASES = 16;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    TestMembers members;

    private final BadInput badInput = new BadInput(20261206);
    private final ErrorLog log = new ErrorLog();

    @BeforeEach
    void listen() {
        log.listen();
    }

    @AfterEach
    void stop() {
        log.stop();
    }

    @Test
    void badUserNamesAndPasswordsReturnToTheLoginPageWithItsMessage() throws Exception {
        String parent = members.portalLogin(members.parentOf(testFamilies.registeredBy("anna", "Inloggen").getId()));
        SecurityContextHolder.clearContext();
        List<String> unhandled = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            boolean badName = i % 2 == 0;
            String username = badName ? badInput.text(0) : parent;
            String password = badName ? DemoUsers.PASSWORD : badInput.text(0);
            try {
                mvc.perform(SignIn.loginPost(username, password, "10.77.0." + i))
                        .andExpect(redirectedUrl("/inloggen?error")).andExpect(unauthenticated());
            } catch (Exception | AssertionError e) {
                unhandled.add((badName ? "user name " : "password ") + username.length() + "/" + password.length()
                        + " characters -> " + e);
            }
        }
        mvc.perform(SignIn.loginPost("anna", DemoUsers.PASSWORD, "10.77.1.1")).andExpect(authenticated());

        assertThat(unhandled).as("posts not answered by the login page").isEmpty();
        assertThat(log.errors()).as("errors in the log").isEmpty();
    }

}
