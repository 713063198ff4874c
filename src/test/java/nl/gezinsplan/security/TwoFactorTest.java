package nl.gezinsplan.security;

import static nl.gezinsplan.security.TwoFactorTesting.code;
import static nl.gezinsplan.security.TwoFactorTesting.currentStep;
import static nl.gezinsplan.security.TwoFactorTesting.passwordLogin;
import static nl.gezinsplan.security.TwoFactorTesting.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class TwoFactorTest {

    @Autowired
    TwoFactor twoFactor;

    @Autowired
    SecondFactorLogin secondStep;

    @Autowired
    TwoFactorPolicy policy;

    @Autowired
    TwoFactorKey key;

    @Autowired
    LoginAttempts logins;

    @Autowired
    UserAccounts accounts;

    @Autowired
    StaffAdministration staff;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @AfterEach
    void demoMode() {
        policy.use(TwoFactorMode.OFF);
        SecurityContextHolder.clearContext();
    }

    @Test
    void theModesSayWhoMustUseTwoFactor() {
        assertThat(Role.values()).noneMatch(TwoFactorMode.OFF::requiredFor);
        assertThat(Role.values()).filteredOn(TwoFactorMode.OPTIONAL::requiredFor)
                .containsExactlyInAnyOrder(Role.ADMIN, Role.MANAGER);
        assertThat(Role.values()).filteredOn(TwoFactorMode.REQUIRED::requiredFor)
                .containsExactlyInAnyOrder(Role.ADMIN, Role.MANAGER, Role.CONSULTANT, Role.PANEL);
        assertThat(TwoFactorMode.of(" Required ")).isEqualTo(TwoFactorMode.REQUIRED);
        assertThatThrownBy(() -> TwoFactorMode.of("sometimes")).hasMessageContaining("GEZINSPLAN_MFA");
    }

    @Test
    void theDemoDefaultIsOffAndOtherwiseOptional() {
        assertThat(policy.mode()).as("the shared test context runs the demo").isEqualTo(TwoFactorMode.OFF);
        assertThat(new TwoFactorPolicy("", false).mode()).isEqualTo(TwoFactorMode.OPTIONAL);
        assertThat(new TwoFactorPolicy("required", true).mode()).isEqualTo(TwoFactorMode.REQUIRED);
    }

    @Test
    void optionalAsksManagersAndAdministratorsButNotConsultantsWhoHaveNotEnrolled() {
        policy.use(TwoFactorMode.OPTIONAL);
        String manager = user(accounts, "tf-opt-manager", Role.MANAGER);
        String admin = user(accounts, "tf-opt-admin", Role.ADMIN);
        String consultant = user(accounts, "tf-opt-consultant", Role.CONSULTANT);
        String family = user(accounts, "tf-opt-family", Role.FAMILY);

        assertThat(passwordLogin(logins, manager, "10.16.1.1")).isInstanceOf(SecondFactorPending.class);
        assertThat(secondStep.pending()).contains(new SecondFactorLogin.Pending(manager, true));
        assertThat(passwordLogin(logins, admin, "10.16.1.1")).isInstanceOf(SecondFactorPending.class);
        assertThat(passwordLogin(logins, consultant, "10.16.1.1")).isInstanceOf(UsernamePasswordAuthenticationToken.class);
        assertThat(passwordLogin(logins, family, "10.16.1.1")).isInstanceOf(UsernamePasswordAuthenticationToken.class);
    }

    @Test
    void requiredAsksAllStaffButNotFamilyMembers() {
        policy.use(TwoFactorMode.REQUIRED);
        String consultant = user(accounts, "tf-req-consultant", Role.CONSULTANT);
        String panel = user(accounts, "tf-req-panel", Role.PANEL);
        String family = user(accounts, "tf-req-family", Role.FAMILY);

        assertThat(passwordLogin(logins, consultant, "10.16.2.1")).isInstanceOf(SecondFactorPending.class);
        assertThat(passwordLogin(logins, panel, "10.16.2.1")).isInstanceOf(SecondFactorPending.class);
        assertThat(passwordLogin(logins, family, "10.16.2.1")).isInstanceOf(UsernamePasswordAuthenticationToken.class);
    }

    @Test
    void offAsksNobodyEvenWhenEnrolledAndOffersNoEnrolment() {
        policy.use(TwoFactorMode.OPTIONAL);
        String consultant = user(accounts, "tf-off", Role.CONSULTANT);
        enrol(consultant);
        policy.use(TwoFactorMode.OFF);

        assertThat(passwordLogin(logins, consultant, "10.16.3.1")).isInstanceOf(UsernamePasswordAuthenticationToken.class);
        SignIn.as(accounts, user(accounts, "tf-off-2", Role.MANAGER));
        assertThat(twoFactor.status().offered()).isFalse();
        assertThatThrownBy(twoFactor::startEnrolment).isInstanceOfSatisfying(AccountRefused.class, refused ->
                assertThat(refused.messageKey()).isEqualTo("security.two-factor.off"));
    }

    @Test
    void aUserEnrolsWithTheAppsFirstCodeAndGetsTenRecoveryCodesWhileTheSecretIsStoredEncrypted() {
        policy.use(TwoFactorMode.OPTIONAL);
        SignIn.as(accounts, user(accounts, "tf-enrol", Role.CONSULTANT));
        assertThat(twoFactor.status().enrolled()).isFalse();

        TwoFactor.Enrolment enrolment = twoFactor.startEnrolment();
        assertThat(enrolment.qrCode()).startsWith("data:image/png;base64,");
        assertThat(twoFactor.startEnrolment().secret()).as("after a reload").isEqualTo(enrolment.secret());
        assertThatThrownBy(() -> twoFactor.confirmEnrolment(" ")).isInstanceOf(AccountRefused.class);
        assertThatThrownBy(() -> twoFactor.confirmEnrolment("000000"))
                .isInstanceOfSatisfying(AccountRefused.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("security.two-factor.wrong-first-code"));
        List<String> recoveryCodes = twoFactor.confirmEnrolment(code(enrolment.secret(), currentStep()));

        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        assertThat(twoFactor.status()).isEqualTo(new TwoFactor.Status(TwoFactorMode.OPTIONAL, false, true, 10));
        String stored = jdbc.sql("select secret from two_factor t join user_account u on u.id = t.user_account"
                + " where u.username = 'tf-enrol'").query(String.class).single();
        assertThat(stored).doesNotContain(enrolment.secret());
        assertThat(key.decrypt(stored)).isEqualTo(enrolment.secret());
        assertThat(jdbc.sql("select code_hash from recovery_code r join user_account u on u.id = r.user_account"
                + " where u.username = 'tf-enrol'").query(String.class).list())
                .hasSize(10).noneMatch(hash -> recoveryCodes.stream().anyMatch(hash::contains));
        assertThatThrownBy(twoFactor::startEnrolment).isInstanceOf(AccountRefused.class);
    }

    @Test
    void untilTheCodeIsRightTheLoginIsAnonymousThenItIsTheUsersWithTheirRole() {
        policy.use(TwoFactorMode.OPTIONAL);
        String consultant = user(accounts, "tf-login", Role.CONSULTANT);
        String secret = enrol(consultant);

        Authentication pending = passwordLogin(logins, consultant, "10.16.4.1");
        assertThat(pending).isInstanceOf(SecondFactorPending.class);
        assertThat(pending.getName()).isEqualTo(consultant);
        assertThat(pending.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_SECOND_FACTOR_PENDING");
        assertThat(currentUser.get()).isEmpty();
        assertThatThrownBy(twoFactor::status).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.findUsers(UserFilter.ALL, UserDirectory.Activity.ANY, 0, 1))
                .isInstanceOf(AccessDeniedException.class);

        MockHttpServletRequest request = request("10.16.4.1");
        secondStep.verify(code(secret, currentStep() + 1), request);

        Authentication done = SecurityContextHolder.getContext().getAuthentication();
        assertThat(done).isInstanceOf(UsernamePasswordAuthenticationToken.class);
        assertThat(done.getName()).isEqualTo(consultant);
        assertThat(done.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CONSULTANT");
        assertThat(done.getCredentials()).as("the password is not kept").isNull();
        assertThat(currentUser.require().username()).isEqualTo(consultant);
        assertThat(request.getSession().getAttribute("SPRING_SECURITY_CONTEXT")).isNotNull();
    }

    @Test
    void aCodeIsAcceptedOnceAndNoOlderOneAfterIt() {
        policy.use(TwoFactorMode.OPTIONAL);
        String consultant = user(accounts, "tf-replay", Role.CONSULTANT);
        SignIn.as(accounts, consultant);
        String secret = twoFactor.startEnrolment().secret();
        long step = currentStep();
        twoFactor.confirmEnrolment(code(secret, step));
        SecurityContextHolder.clearContext();

        passwordLogin(logins, consultant, "10.16.5.1");
        assertThatThrownBy(() -> secondStep.verify(code(secret, step), request("10.16.5.1")))
                .as("the enrolment's code again").isInstanceOf(AccountRefused.class);
        assertThatThrownBy(() -> secondStep.verify(code(secret, step - 1), request("10.16.5.1")))
                .as("an older code").isInstanceOf(AccountRefused.class);
        secondStep.verify(code(secret, step + 1), request("10.16.5.1"));

        passwordLogin(logins, consultant, "10.16.5.1");
        assertThatThrownBy(() -> secondStep.verify(code(secret, step + 1), request("10.16.5.1")))
                .as("the code just used, within its window").isInstanceOf(AccountRefused.class);
    }

    @Test
    void aRecoveryCodeWorksOnceInsteadOfTheAppsCode() {
        policy.use(TwoFactorMode.OPTIONAL);
        String consultant = user(accounts, "tf-recovery", Role.CONSULTANT);
        SignIn.as(accounts, consultant);
        String secret = twoFactor.startEnrolment().secret();
        List<String> recoveryCodes = twoFactor.confirmEnrolment(code(secret, currentStep()));
        SecurityContextHolder.clearContext();

        passwordLogin(logins, consultant, "10.16.6.1");
        secondStep.verify(recoveryCodes.get(0), request("10.16.6.1"));
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo(consultant);
        assertThat(twoFactor.status().recoveryCodesLeft()).isEqualTo(9);

        passwordLogin(logins, consultant, "10.16.6.1");
        assertThatThrownBy(() -> secondStep.verify(recoveryCodes.get(0), request("10.16.6.1")))
                .isInstanceOf(AccountRefused.class);
        secondStep.verify(" " + recoveryCodes.get(1).toUpperCase() + " ", request("10.16.6.1"));

        List<String> fresh = twoFactor.newRecoveryCodes();
        assertThat(twoFactor.status().recoveryCodesLeft()).isEqualTo(10);
        passwordLogin(logins, consultant, "10.16.6.1");
        assertThatThrownBy(() -> secondStep.verify(recoveryCodes.get(2), request("10.16.6.1")))
                .as("an old code after new ones were made").isInstanceOf(AccountRefused.class);
        secondStep.verify(fresh.get(0), request("10.16.6.1"));
    }

    @Test
    void wrongCodesCountTowardTheLockAsWrongPasswordsDoAndThePauseRefusesEvenTheRightCode() {
        policy.use(TwoFactorMode.OPTIONAL);
        String consultant = user(accounts, "tf-lock", Role.CONSULTANT);
        String secret = enrol(consultant);

        passwordLogin(logins, consultant, "10.16.7.1");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> secondStep.verify("000000", request("10.16.7.1")))
                    .isInstanceOfSatisfying(AccountRefused.class, refused ->
                            assertThat(refused.messageKey()).isEqualTo("security.two-factor.wrong-code"));
        }

        assertThatThrownBy(() -> secondStep.verify(code(secret, currentStep() + 1), request("10.16.7.1")))
                .isInstanceOfSatisfying(LoginPaused.class, paused -> assertThat(paused.until())
                        .isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(15 * 60)));
        assertThatThrownBy(() -> passwordLogin(logins, consultant, "10.16.7.1"))
                .as("the password too, from that address").isInstanceOf(LoginPaused.class);
        assertThat(jdbc.sql("select failed_logins from user_account where username = 'tf-lock'")
                .query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void aRightPasswordDoesNotForgetWrongCodes() {
        policy.use(TwoFactorMode.OPTIONAL);
        String consultant = user(accounts, "tf-count", Role.CONSULTANT);
        enrol(consultant);

        for (int attempt = 1; attempt <= 5; attempt++) {
            passwordLogin(logins, consultant, "10.16.8.1");
            assertThatThrownBy(() -> secondStep.verify("111111", request("10.16.8.1")))
                    .isInstanceOf(AccountRefused.class);
        }

        assertThatThrownBy(() -> passwordLogin(logins, consultant, "10.16.8.1")).isInstanceOf(LoginPaused.class);
    }

    @Test
    void anAdministratorResetsTwoFactorOnTheAuditTrailAndTheUserEnrolsAgainAtTheNextLogin() {
        policy.use(TwoFactorMode.OPTIONAL);
        String manager = user(accounts, "tf-reset", Role.MANAGER);
        enrol(manager);
        SignIn.as(accounts, "beheer");
        assertThat(twoFactor.isEnrolled(manager)).isTrue();

        twoFactor.reset(manager);

        assertThat(twoFactor.isEnrolled(manager)).isFalse();
        assertThat(jdbc.sql("select actor || ' ' || action || ' ' || subject from audit_event"
                        + " where detail = 'tf-reset' order by id desc limit 1").query(String.class).single())
                .isEqualTo("beheer UPDATE audit.two-factor.reset");
        SecurityContextHolder.clearContext();
        passwordLogin(logins, manager, "10.16.9.1");
        assertThat(secondStep.pending()).contains(new SecondFactorLogin.Pending(manager, true));
    }

    @Test
    void anAdministratorCannotResetTheirOwnTwoFactor() {
        policy.use(TwoFactorMode.OPTIONAL);
        SignIn.as(accounts, "beheer");

        assertThatThrownBy(() -> twoFactor.reset("BEHEER")).isInstanceOf(AccountRefused.class)
                .hasMessage("security.two-factor.reset-own");
    }

    @Test
    void aConsultantCannotResetAnothersTwoFactor() {
        policy.use(TwoFactorMode.OPTIONAL);
        String colleague = user(accounts, "tf-colleague", Role.CONSULTANT);
        enrol(colleague);
        SignIn.as(accounts, "anna");

        assertThatThrownBy(() -> twoFactor.reset(colleague)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> twoFactor.isEnrolled(colleague)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(accounts, "beheer");
        assertThat(twoFactor.isEnrolled(colleague)).isTrue();
    }

    @Test
    void theRestApiRefusesAPasswordAloneForAnAccountWithTwoFactorAndSaysWhy() throws Exception {
        String admin = user(accounts, "tf-rest-admin", Role.ADMIN);
        assertThat(engines(admin).statusCode()).isEqualTo(200);

        policy.use(TwoFactorMode.OPTIONAL);
        HttpResponse<String> refused = engines(admin);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("SecondFactorRequired", "two-factor");
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value ->
                assertThat(value).startsWith("Basic"));
    }

    private HttpResponse<String> engines(String username) throws Exception {
        String credentials = username + ":" + TwoFactorTesting.PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/engine"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Enrols {@code username} through the service, as they would on Mijn account; returns the secret. */
    private String enrol(String username) {
        SignIn.as(accounts, username);
        try {
            String secret = twoFactor.startEnrolment().secret();
            twoFactor.confirmEnrolment(code(secret, currentStep() - 1));
            return secret;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static MockHttpServletRequest request(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        return request;
    }
}
