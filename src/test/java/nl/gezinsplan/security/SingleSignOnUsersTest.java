package nl.gezinsplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.security.SingleSignOnUsers.SingleSignOnRefused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Which Gezinsplan user a person signed on at the provider is, with each setting of the claim and of just-in-time
 * creation. The service is built here with those settings from the application's own parts; the browser journey
 * runs it behind a real provider ({@link SingleSignOnBrowserTest}).
 */
@IntegrationTest
class SingleSignOnUsersTest {

    @Autowired
    UserAccountRepository repository;

    @Autowired
    UserAccounts accounts;

    @Autowired
    StaffAdministration staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    @Test
    void findsTheUserByEmailAddressWhateverTheCase() {
        UserAccount anna = users(SingleSignOnProperties.EMAIL, false)
                .signOn(Map.of("email", "Anna@GezinsPlan.example", "email_verified", true));

        assertThat(anna.username()).isEqualTo("anna");
        assertThat(anna.role()).isEqualTo(Role.CONSULTANT);
    }

    @Test
    void aFamilyMemberWithAStaffAddressDoesNotStandInTheWayOfThatColleague() {
        accounts.createFamilyLogin("sso-gezin-anna", "Ouder", "Gezin", "een-lang-wachtwoord",
                "anna@gezinsplan.example");

        UserAccount anna = users(SingleSignOnProperties.EMAIL, false)
                .signOn(Map.of("email", "anna@gezinsplan.example", "email_verified", true));

        assertThat(anna.username()).isEqualTo("anna");
    }

    @Test
    void findsTheUserByUserNameWhateverTheCase() {
        UserAccount manager = users(SingleSignOnProperties.PREFERRED_USERNAME, false)
                .signOn(Map.of("preferred_username", "MARIEKE", "email", "someone@elsewhere.example"));

        assertThat(manager.username()).isEqualTo("marieke");
        assertThat(manager.role()).isEqualTo(Role.MANAGER);
    }

    @Test
    void refusesAnUnknownPersonAndCreatesNothingWhenCreationIsOff() {
        refused(users(SingleSignOnProperties.EMAIL, false), Map.of("email", "stranger@elsewhere.example"),
                SingleSignOnRefusal.UNKNOWN);

        assertThat(jdbc.sql("select count(*) from user_account where email = 'stranger@elsewhere.example'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void refusesAPersonWithoutTheClaim() {
        refused(users(SingleSignOnProperties.PREFERRED_USERNAME, true), Map.of("email", "anna@gezinsplan.example"),
                SingleSignOnRefusal.UNKNOWN);
    }

    @Test
    void refusesAnEmailAddressTheProviderHasNotVerified() {
        refused(users(SingleSignOnProperties.EMAIL, false),
                Map.of("email", "anna@gezinsplan.example", "email_verified", false), SingleSignOnRefusal.UNKNOWN);
    }

    @Test
    void refusesAnEmailAddressOfTwoAccounts() {
        accounts.createIfAbsent("tweeling1", "Twee", "Ling", "tweeling@gezinsplan.example", "unused",
                Role.CONSULTANT, Set.of("wmo"));
        accounts.createIfAbsent("tweeling2", "Twee", "Ling", "Tweeling@gezinsplan.example", "unused",
                Role.CONSULTANT, Set.of("wmo"));

        refused(users(SingleSignOnProperties.EMAIL, true), Map.of("email", "tweeling@gezinsplan.example"),
                SingleSignOnRefusal.UNKNOWN);
    }

    @Test
    void refusesAFamilyMember() {
        refused(users(SingleSignOnProperties.PREFERRED_USERNAME, false), Map.of("preferred_username", "sanne"),
                SingleSignOnRefusal.FAMILY);
    }

    @Test
    void refusesAFamilyMembersAddressAndNeverMakesItAStaffAccount() {
        accounts.createFamilyLogin("sso-gezin-eigen", "Ouder", "Eigen", "een-lang-wachtwoord",
                "ouder.eigen@thuis.example");

        refused(users(SingleSignOnProperties.EMAIL, true),
                Map.of("email", "ouder.eigen@thuis.example", "email_verified", true), SingleSignOnRefusal.FAMILY);
        assertThat(jdbc.sql("select count(*) from user_account where email = 'ouder.eigen@thuis.example'")
                .query(Long.class).single()).as("no staff account made for it").isEqualTo(1);
    }

    @Test
    void refusesADeactivatedUser() {
        accounts.createIfAbsent("weggegaan", "Wim", "Weg", "weggegaan@gezinsplan.example", "unused",
                Role.CONSULTANT, Set.of("jeugd"));
        SignIn.as(accounts, "beheer");
        staff.deactivate("weggegaan");
        SecurityContextHolder.clearContext();

        refused(users(SingleSignOnProperties.EMAIL, true), Map.of("email", "weggegaan@gezinsplan.example"),
                SingleSignOnRefusal.DEACTIVATED);
    }

    @Test
    void createsAnUnknownPersonAsAConsultantWithoutTeamsWhoWaitsForAnAdministrator() {
        SingleSignOnUsers creating = users(SingleSignOnProperties.EMAIL, true);
        Map<String, Object> claims = Map.of("email", "nieuw.collega@gemeente.example", "email_verified", true,
                "given_name", "Nina", "family_name", "Nieuw");

        refused(creating, claims, SingleSignOnRefusal.CREATED);

        UserAccount created = repository.findByUsername("nieuw.collega@gemeente.example").orElseThrow();
        assertThat(created.role()).isEqualTo(Role.CONSULTANT);
        assertThat(created.teamCodes()).isEmpty();
        assertThat(jdbc.sql("select first_name || ' ' || last_name || ' ' || email from user_account"
                        + " where username = 'nieuw.collega@gemeente.example'").query(String.class).single())
                .isEqualTo("Nina Nieuw nieuw.collega@gemeente.example");
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :actor and action = 'CREATE'"
                        + " and subject = 'audit.sso.account-created'")
                .param("actor", "nieuw.collega@gemeente.example").query(Long.class).single()).isOne();
        // nobody knows the password it was given
        assertThat(passwordEncoder.matches("", created.passwordHash())).isFalse();

        refused(creating, claims, SingleSignOnRefusal.AWAITING_TEAM);
        jdbc.sql("insert into team_member (user_account, team_code) select id, 'wmo' from user_account"
                + " where username = 'nieuw.collega@gemeente.example'").update();
        assertThat(creating.signOn(claims).username()).isEqualTo("nieuw.collega@gemeente.example");
    }

    @Test
    void createsNoAccountWithANameNoUserCanHave() {
        refused(users(SingleSignOnProperties.PREFERRED_USERNAME, true),
                Map.of("preferred_username", "naam met spaties"), SingleSignOnRefusal.UNKNOWN);

        assertThat(repository.findByUsername("naam met spaties")).isEmpty();
    }

    @Test
    void withoutAnIssuerNothingOfOpenIdConnectIsActive() {
        assertThat(context.getBeanProvider(ClientRegistrationRepository.class).getIfAvailable()).isNull();
    }

    @Test
    void refusesToStartWithNeitherPasswordsNorSingleSignOn() {
        new ApplicationContextRunner()
                .withUserConfiguration(SingleSignOnConfiguration.class)
                .withPropertyValues("gezinsplan.security.sso.password-login=false")
                .run(started -> assertThat(started).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("nobody could log in"));
    }

    @Test
    void refusesToStartWithAnIssuerButNoClientId() {
        new ApplicationContextRunner()
                .withUserConfiguration(SingleSignOnConfiguration.class)
                .withPropertyValues("gezinsplan.security.sso.issuer-uri=https://login.example")
                .run(started -> assertThat(started).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("GEZINSPLAN_SSO_CLIENT_ID"));
    }

    private SingleSignOnUsers users(String claim, boolean createUsers) {
        SingleSignOnProperties properties = new SingleSignOnProperties("https://login.example", "gezinsplan",
                "secret", claim, createUsers, true, null);
        return new SingleSignOnUsers(repository, jdbc, passwordEncoder, audit, clock, properties);
    }

    private static void refused(SingleSignOnUsers users, Map<String, Object> claims, SingleSignOnRefusal reason) {
        assertThatThrownBy(() -> users.signOn(claims))
                .isInstanceOfSatisfying(SingleSignOnRefused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(reason));
    }
}
