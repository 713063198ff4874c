package nl.gezinsplan.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.SignIn;
import openidprovider.OpenIdProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Journey (c): single sign-on against a real OpenID Connect provider ({@link OpenIdProvider}), with the password
 * login switched off for staff. People are found by their e-mail address (the default claim). The one Spring context of the
 * suite with single sign-on on: every single sign-on test that needs it belongs here.
 */
class SingleSignOnBrowserTest extends BrowserTest {

    /**
     * The security context holder of the suite's shared context: Vaadin installs each context's own holder globally, so
     * this class's context replaces it, and the tests after this class would sign in where the shared context's
     * services do not look.
     */
    private static SecurityContextHolderStrategy sharedHolder;

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        // called as this class's context starts, before it installs its own holder
        sharedHolder = SecurityContextHolder.getContextHolderStrategy();
        registry.add("gezinsplan.security.sso.issuer-uri", () -> OpenIdProvider.running().issuer());
        registry.add("gezinsplan.security.sso.client-id", () -> OpenIdProvider.CLIENT_ID);
        registry.add("gezinsplan.security.sso.client-secret", () -> OpenIdProvider.CLIENT_SECRET);
        registry.add("gezinsplan.security.sso.password-login", () -> "false");
    }

    @AfterAll
    static void restoreTheSharedHolder() {
        SecurityContextHolder.setContextHolderStrategy(sharedHolder);
    }

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    StaffAdministration staff;

    @Test
    void aKnownConsultantSignsOnAtTheProviderAndLandsOnHerWork() {
        page.navigate(app("inloggen"));
        assertThat(page.getByText("Inloggen als gezinslid")).isVisible();
        screenshot("sso-login");

        signOnAs("anna.devries");

        assertThat(heading("Mijn werk")).isVisible();
        assertThat(page.getByText("Anna de Vries · Consulent")).isVisible();
        screenshot("sso-consultant-home");
        logout();
    }

    @Test
    void anUnknownPersonIsToldToAskTheAdministrator() {
        page.navigate(app("inloggen"));
        signOnAs("onbekend");

        assertThat(heading("Aanmelden niet gelukt")).isVisible();
        assertThat(page.getByText("Uw account is niet bekend in Gezinsplan")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar inloggen")))
                .isVisible();
        screenshot("sso-unknown");
        page.navigate(app("werk"));
        assertThat(heading("Mijn werk")).hasCount(0);
    }

    @Test
    void aDeactivatedUserIsRefused() {
        accounts.createIfAbsent("vertrokken", "Vera", "Vertrokken", "vertrokken@gezinsplan.example", "unused",
                Role.CONSULTANT, Set.of("jeugd"));
        SignIn.as(accounts, "beheer");
        staff.deactivate("vertrokken");
        SecurityContextHolder.clearContext();

        page.navigate(app("inloggen"));
        signOnAs("vertrokken");

        assertThat(page.getByText("Uw account in Gezinsplan is gedeactiveerd")).isVisible();
        page.navigate(app("werk"));
        assertThat(heading("Mijn werk")).hasCount(0);
    }

    @Test
    void aFamilyMemberCannotUseTheStaffSignOn() {
        page.navigate(app("inloggen"));
        signOnAs("sanne");

        assertThat(page.getByText("Deze aanmelding is voor medewerkers")).isVisible();
    }

    /** Camunda's webapps send a visitor to the same login page, and after single sign-on back to the webapp. */
    @Test
    void anAdministratorSignsOnForTheEngineCockpit() {
        page.navigate(app("camunda/app/cockpit/default/"));
        signOnAs("beheer");

        assertThat(page.getByText("Bert Beheer")).isVisible();
        assertThat(page.locator("input[name=username]")).hasCount(0);
    }

    @Test
    void withThePasswordLoginOffStaffPasswordsAreRefusedAtEveryDoorAndFamiliesKeepTheirs() throws Exception {
        mvc.perform(formLogin("/inloggen").user("anna").password(DemoUsers.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(get("/engine-rest/engine").with(httpBasic("beheer", DemoUsers.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(formLogin("/inloggen").user("sanne").password(DemoUsers.PASSWORD))
                .andExpect(authenticated().withUsername("sanne").withRoles(Role.FAMILY_NAME));
    }

    @Test
    void aConsultantTypingHerPasswordIsSentToTheSignOn() {
        login("anna");

        assertThat(page.getByText("Medewerkers loggen in met de knop hierboven")).isVisible();
    }

    /** From the login page to the provider's own login page and back. */
    private void signOnAs(String person) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen met eenmalige aanmelding")).click();
        page.getByLabel("Username").fill(person);
        page.getByLabel("Password").fill(OpenIdProvider.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /** The application at the loopback address, the provider at {@code localhost} (see {@link OpenIdProvider}). */
    private String app(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }
}
