package nl.gezinsplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The first administrator on a database where no administrator can log in: the shared database's demo administrator
 * is made to have to choose a password for the test, as if none could log in, and is restored afterwards.
 */
@IntegrationTest
class FirstAdministratorTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/wachtwoord/([A-Z2-9]{26})");

    @Autowired
    FirstAdministrator firstAdministrator;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    private List<Long> administrators;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void noAdministratorCanLogIn() {
        administrators = jdbc.sql("update user_account set must_change_password = true"
                + " where role = 'ADMIN' and not must_change_password returning id").query(Long.class).list();
        log.start();
        ((Logger) LoggerFactory.getLogger(FirstAdministrator.class)).addAppender(log);
    }

    @AfterEach
    void restoreTheDemoAdministrator() {
        ((Logger) LoggerFactory.getLogger(FirstAdministrator.class)).detachAppender(log);
        jdbc.sql("delete from user_account where username like 'eerste-%'").update();
        jdbc.sql("update user_account set must_change_password = false where id in (:ids)")
                .param("ids", administrators).update();
        clock.reset();
    }

    @Test
    void fromTheVariablesTheAdministratorLogsInWithTheirPassword() throws Exception {
        firstAdministrator.ensure(new FirstAdministratorSettings("eerste-beheerder", "een goed beheerwachtwoord"));

        mvc.perform(SignIn.loginPost("eerste-beheerder", "een goed beheerwachtwoord", "10.41.0.1"))
                .andExpect(authenticated().withUsername("eerste-beheerder").withRoles(Role.ADMIN_NAME));
        assertThat(messages()).anyMatch(line -> line.contains("'eerste-beheerder' can log in"));
    }

    @Test
    void withoutAPasswordTheSetUpLinkInTheLogWorksOnce() throws Exception {
        firstAdministrator.ensure(new FirstAdministratorSettings("eerste-link", ""));
        String code = linkCode();

        mvc.perform(SignIn.loginPost("eerste-link", code, "10.41.1.1"))
                .andExpect(authenticated().withUsername("eerste-link")
                        .withAuthorities(PasswordResetsTest.MUST_CHOOSE_ONLY));
        mvc.perform(SignIn.loginPost("eerste-link", code, "10.41.1.2")).andExpect(unauthenticated());
        assertThat(jdbc.sql("select count(*) from password_code where code_hash = :hash")
                .param("hash", new OneTimeCode(code).hash()).query(Long.class).single())
                .as("stored as its hash only").isOne();
    }

    @Test
    void theSetUpLinkExpiresAfterTwentyFourHoursAndTheNextStartWritesANewOne() throws Exception {
        firstAdministrator.ensure(new FirstAdministratorSettings("eerste-laat", null));
        String expired = linkCode();
        // the same time tomorrow: just over 24 hours after the link was written
        clock.moveTo(LocalDate.now(clock).plusDays(1));

        mvc.perform(SignIn.loginPost("eerste-laat", expired, "10.41.2.1")).andExpect(unauthenticated());
        log.list.clear();
        firstAdministrator.ensure(new FirstAdministratorSettings("eerste-laat", null));
        mvc.perform(SignIn.loginPost("eerste-laat", linkCode(), "10.41.2.2")).andExpect(authenticated());
    }

    @Test
    void nothingHappensWhileAnAdministratorCanLogIn() {
        jdbc.sql("update user_account set must_change_password = false where id in (:ids)")
                .param("ids", administrators).update();

        firstAdministrator.ensure(new FirstAdministratorSettings("eerste-overbodig", ""));

        assertThat(jdbc.sql("select count(*) from user_account where username = 'eerste-overbodig'")
                .query(Long.class).single()).isZero();
        assertThat(log.list).isEmpty();
    }

    @Test
    void aPasswordBreakingThePolicyStopsTheStartSayingWhy() {
        assertThatThrownBy(() -> firstAdministrator.ensure(new FirstAdministratorSettings("eerste-kort", "kort")))
                .isInstanceOf(FirstAdministratorRefused.class)
                .hasMessageContaining("GEZINSPLAN_ADMIN_PASSWORD does not meet the password policy")
                .hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> firstAdministrator.ensure(new FirstAdministratorSettings("eerste-gewoon",
                "unbelievable"))).hasMessageContaining("10,000 most common passwords");

        FailureAnalysis analysis = new FirstAdministratorFailureAnalyzer()
                .analyze(new IllegalStateException(new FirstAdministratorRefused("why")));
        assertThat(analysis.getDescription()).isEqualTo("why");
        assertThat(analysis.getAction()).contains("GEZINSPLAN_ADMIN_PASSWORD");
    }

    @Test
    void aUserNameOfSomeoneElseOrMalformedStopsTheStart() {
        assertThatThrownBy(() -> firstAdministrator.ensure(new FirstAdministratorSettings("anna", "")))
                .isInstanceOf(FirstAdministratorRefused.class).hasMessageContaining("not an administrator");
        assertThatThrownBy(() -> firstAdministrator.ensure(new FirstAdministratorSettings("a b", "")))
                .isInstanceOf(FirstAdministratorRefused.class).hasMessageContaining("is not a user name");
    }

    private String linkCode() {
        Matcher link = messages().stream().map(LINK::matcher).filter(Matcher::find).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no set-up link in the log: " + messages()));
        return link.group(1);
    }

    private List<String> messages() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
