package nl.gezinsplan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.security.OneTimeCode;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PortalAccessTest {

    private static final String PASSWORD = "een-lang-wachtwoord";

    @Autowired
    PortalAccess portalAccess;

    @Autowired
    MyFamily myFamily;

    @Autowired
    Families families;

    @Autowired
    FamilyAccounts familyAccounts;

    @Autowired
    UserDirectory directory;

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    TestMembers members;

    @Autowired
    TestRoutes routes;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void parentsOtherAdultsAndYouthsOfSixteenAreInvitedButNotAChildOfFifteen() {
        Family family = testFamilies.registeredBy("anna", "Uitnodiging");
        LocalDate today = LocalDate.now();
        Person adult = add(family, "Oma", today.minusYears(70), FamilyRole.OTHER_ADULT);
        Person sixteen = add(family, "Lotte", today.minusYears(16).minusDays(1), FamilyRole.CHILD);
        Person fifteen = add(family, "Mats", today.minusYears(16).plusDays(1), FamilyRole.CHILD);

        for (long personId : List.of(testFamilies.firstMemberOf(family), adult.getId(), sixteen.getId())) {
            Invitation invitation = portalAccess.invite(personId);
            assertThat(invitation.code()).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
            assertThat(invitation.link()).isEqualTo("http://localhost:8080/activeren?code=" + invitation.code());
        }
        assertThatThrownBy(() -> portalAccess.invite(fifteen.getId()))
                .isInstanceOf(InvalidInput.class).hasMessage("portal.access.invite.too-young");

        assertThat(portalAccess.ofFamily(family.getId())).extracting(MemberAccess::status).containsExactly(
                MemberAccess.Status.INVITED, MemberAccess.Status.INVITED, MemberAccess.Status.INVITED,
                MemberAccess.Status.TOO_YOUNG);
        assertThat(jdbc.sql("select count(*) from family_invitation where person_id = :id")
                .param("id", fifteen.getId()).query(Long.class).single()).isZero();
        assertThat(auditSubjects("anna", family.getId(), "CREATE")).filteredOn("audit.portal.access.invited"::equals)
                .hasSize(3);
    }

    @Test
    void theCodeMakesALoginForTheInvitedPersonOnceAndIsStoredOnlyAsItsHash() {
        Family family = testFamilies.registeredBy("anna", "Activering");
        long parentId = testFamilies.firstMemberOf(family);
        Invitation invitation = portalAccess.invite(parentId);
        SecurityContextHolder.clearContext();
        String username = "sam-" + parentId;

        // as typed from a letter or a phone call: lower case, spaces for dashes
        portalAccess.activate(" " + invitation.code().toLowerCase().replace('-', ' '), username, PASSWORD, address());

        assertThat(familyAccounts.activeLoginOf(parentId)).contains(username);
        assertThat(directory.findUser(username)).hasValueSatisfying(user -> assertThat(user.fullName())
                .isEqualTo("Sam Activering"));
        SignIn.as(users, username);
        assertThat(myFamily.read().member().personId()).isEqualTo(parentId);
        assertThat(auditSubjects(username, family.getId(), "CREATE")).containsExactly("audit.portal.access.activated");
        assertThat(jdbc.sql("select count(*) from family_invitation where code_hash like :code or code_hash = :hash")
                .param("code", "%" + invitation.code() + "%")
                .param("hash", OneTimeCode.typed(invitation.code()).hash())
                .query(Long.class).single()).as("stored only as its hash").isEqualTo(1);

        SecurityContextHolder.clearContext();
        assertRefused(invitation.code(), "sam-again-" + parentId);
    }

    @Test
    void aUserNameThatIsTakenIsRefusedAndTheCodeStillWorks() {
        Family family = testFamilies.registeredBy("anna", "Bezet");
        long parentId = testFamilies.firstMemberOf(family);
        Invitation invitation = portalAccess.invite(parentId);
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> portalAccess.activate(invitation.code(), "anna", PASSWORD, address()))
                .isInstanceOf(InvalidInput.class).hasMessage("security.username.taken");
        assertThatThrownBy(() -> portalAccess.activate(invitation.code(), "bezet-" + parentId, "kort", address()))
                .isInstanceOf(InvalidInput.class).hasMessage("security.password.too-short");
        assertThatThrownBy(() -> portalAccess.activate(invitation.code(), "bezet-" + parentId, "\u00e9".repeat(37),
                address())).isInstanceOf(InvalidInput.class).hasMessage("security.password.too-long");
        // the one password policy, as for staff
        assertThatThrownBy(() -> portalAccess.activate(invitation.code(), "bezet-" + parentId, "Unbelievable",
                address())).isInstanceOf(InvalidInput.class).hasMessage("security.password.common");
        assertThat(familyAccounts.activeLoginOf(parentId)).isEmpty();

        portalAccess.activate(invitation.code(), "bezet-" + parentId, PASSWORD, address());
        assertThat(familyAccounts.activeLoginOf(parentId)).contains("bezet-" + parentId);
    }

    @Test
    void expiredAndRevokedCodesAreRefusedWithTheSameMessage() {
        Family family = testFamilies.registeredBy("anna", "Verlopen");
        long parentId = testFamilies.firstMemberOf(family);
        Person adult = add(family, "Ruud", LocalDate.of(1980, 1, 1), FamilyRole.OTHER_ADULT);
        Invitation expired = portalAccess.invite(parentId);
        jdbc.sql("update family_invitation set expires_at = now() - interval '1 minute' where person_id = :id")
                .param("id", parentId).update();
        Invitation revoked = portalAccess.invite(adult.getId());
        portalAccess.revoke(adult.getId());
        SecurityContextHolder.clearContext();

        assertRefused(expired.code(), "verlopen-" + parentId);
        assertRefused(revoked.code(), "ingetrokken-" + adult.getId());
        assertRefused("ABCD-EFGH-JKLM", "verzonnen-" + parentId);
    }

    @Test
    void aNewInvitationRevokesTheEarlierCode() {
        Family family = testFamilies.registeredBy("anna", "Opnieuw");
        long parentId = testFamilies.firstMemberOf(family);
        Invitation first = portalAccess.invite(parentId);
        Invitation second = portalAccess.invite(parentId);
        SecurityContextHolder.clearContext();

        assertRefused(first.code(), "eerste-" + parentId);
        portalAccess.activate(second.code(), "tweede-" + parentId, PASSWORD, address());
        assertThat(familyAccounts.activeLoginOf(parentId)).contains("tweede-" + parentId);
    }

    @Test
    void aMemberWithALoginIsNotInvitedAgain() {
        Family family = testFamilies.registeredBy("anna", "Dubbel");
        long parentId = testFamilies.firstMemberOf(family);
        members.portalLogin(parentId);
        SignIn.as(users, "anna");

        assertThatThrownBy(() -> portalAccess.invite(parentId))
                .isInstanceOf(InvalidInput.class).hasMessage("portal.access.invite.has-account");
        assertThat(portalAccess.ofFamily(family.getId())).extracting(MemberAccess::status)
                .containsExactly(MemberAccess.Status.ACTIVE);
    }

    @Test
    void revokingEndsAccessAtOnceAndTheLoginCanNoLongerSignIn() throws Exception {
        Family family = testFamilies.registeredBy("anna", "Gestopt");
        long parentId = testFamilies.firstMemberOf(family);
        Invitation invitation = portalAccess.invite(parentId);
        SecurityContextHolder.clearContext();
        String username = "gestopt-" + parentId;
        portalAccess.activate(invitation.code(), username, PASSWORD, address());
        mvc.perform(formLogin("/inloggen").user(username).password(PASSWORD)).andExpect(authenticated().withUsername(username));
        Authentication stillSignedIn = SignIn.as(users, username);
        assertThat(myFamily.read().familyName()).isEqualTo("Gestopt");

        SignIn.as(users, "anna");
        portalAccess.revoke(parentId);

        SecurityContextHolder.getContext().setAuthentication(stillSignedIn);
        assertThatThrownBy(myFamily::read).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> families.open(family.getId())).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        mvc.perform(formLogin("/inloggen").user(username).password(PASSWORD)).andExpect(unauthenticated());
        assertThat(familyAccounts.activeLoginOf(parentId)).isEmpty();
        assertThat(auditSubjects("anna", family.getId(), "UPDATE")).contains("audit.portal.access.revoked");
    }

    @Test
    void personsOfAnotherFamilyAreRefusedAndTheAttemptIsLogged() {
        long otherFamily = routes.awaitingConsent(Law.WMO).getFamilyId();
        long otherParent = jdbc.sql("select min(id) from person where family_id = :id").param("id", otherFamily)
                .query(Long.class).single();
        SignIn.as(users, "anna");

        assertThatThrownBy(() -> portalAccess.invite(otherParent)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> portalAccess.revoke(otherParent)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> portalAccess.ofFamily(otherFamily)).isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.sql("select action from audit_event where actor = 'anna' and family_id = :id")
                .param("id", otherFamily).query(String.class).list()).containsExactly("DENIED", "DENIED", "DENIED");
        assertThat(jdbc.sql("select count(*) from family_invitation where person_id = :id")
                .param("id", otherParent).query(Long.class).single()).isZero();
    }

    @Test
    void onlyConsultantsWithAccessToTheFamilyInvite() {
        Family family = testFamilies.registeredBy("anna", "Rechten");
        long parentId = testFamilies.firstMemberOf(family);
        String member = members.portalLogin(parentId);

        for (String user : List.of("carla", "marieke", "beheer", member)) {
            SignIn.as(users, user);
            assertThatThrownBy(() -> portalAccess.invite(parentId)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> portalAccess.revoke(parentId)).as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(familyAccounts.activeLoginOf(parentId)).contains(member);
    }

    @Test
    void tooManyWrongCodesFromOneAddressPauseActivationFromThere() {
        Family family = testFamilies.registeredBy("anna", "Raden");
        long parentId = testFamilies.firstMemberOf(family);
        Invitation invitation = portalAccess.invite(parentId);
        SecurityContextHolder.clearContext();
        String guesser = address();
        for (int guess = 0; guess < 10; guess++) {
            assertThatThrownBy(() -> portalAccess.activate("AAAA-AAAA-AAAA", "rader-" + parentId, PASSWORD, guesser))
                    .hasMessage(PortalAccess.CODE_REFUSED);
        }

        assertThatThrownBy(() -> portalAccess.activate(invitation.code(), "rader-" + parentId, PASSWORD, guesser))
                .isInstanceOf(InvalidInput.class).hasMessage("portal.access.code.paused");
        portalAccess.activate(invitation.code(), "echt-" + parentId, PASSWORD, address());
        assertThat(familyAccounts.activeLoginOf(parentId)).contains("echt-" + parentId);
    }

    @Test
    void theActivationPageOpensWithoutLogin() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(get(http, "/activeren?code=ABCD-EFGH-JKLM").statusCode()).isEqualTo(200);
        assertThat(get(http, "/mijn-gezin").statusCode()).as("a page that needs a login").isEqualTo(302);
    }

    private void assertRefused(String code, String username) {
        assertThatThrownBy(() -> portalAccess.activate(code, username, PASSWORD, address()))
                .isInstanceOf(InvalidInput.class).hasMessage(PortalAccess.CODE_REFUSED);
        assertThat(directory.findUser(username)).as("no login made").isEmpty();
    }

    private Person add(Family family, String firstName, LocalDate birthDate, FamilyRole role) {
        return families.addPerson(family.getId(), testFamilies.person(firstName, family.getName(), birthDate, role));
    }

    /** A network address of its own, so that no other test's wrong codes count against it. */
    private static String address() {
        return "test-" + UUID.randomUUID();
    }

    private List<String> auditSubjects(String actor, long familyId, String action) {
        return jdbc.sql("select subject from audit_event where actor = :actor and family_id = :id and action = :action")
                .param("actor", actor).param("id", familyId).param("action", action).query(String.class).list();
    }

    private HttpResponse<String> get(HttpClient http, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
