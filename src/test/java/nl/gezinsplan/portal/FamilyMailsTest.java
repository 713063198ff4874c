package nl.gezinsplan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.TestMailServer;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Frequency;
import nl.gezinsplan.casework.ProvisionDraft;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.mail.OutboxSender;
import nl.gezinsplan.objection.Objection;
import nl.gezinsplan.objection.ObjectionSteps;
import nl.gezinsplan.objection.ObjectionVerdict;
import nl.gezinsplan.objection.TestObjections;
import nl.gezinsplan.plan.Goal;
import nl.gezinsplan.plan.GoalStatus;
import nl.gezinsplan.plan.PlanDraft;
import nl.gezinsplan.plan.Plans;
import nl.gezinsplan.security.AccountEmails;
import nl.gezinsplan.security.AccountLanguages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What families get by e-mail, over SMTP to GreenMail: the invitation's link, and that there is an answer, a new
 * plan or a letter, with the link to it, in the member's language, never what it says.
 */
@IntegrationTest
class FamilyMailsTest {

    @Autowired
    PortalAccess portalAccess;

    @Autowired
    Questions questions;

    @Autowired
    Plans plans;

    @Autowired
    Provisions provisions;

    @Autowired
    RequestSteps steps;

    @Autowired
    TestCases cases;

    @Autowired
    TestMembers members;

    @Autowired
    Families families;

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    AccountEmails emails;

    @Autowired
    AccountLanguages languages;

    @Autowired
    OutboxSender sender;

    @Autowired
    TestObjections testObjections;

    @Autowired
    ObjectionSteps objectionSteps;

    @Autowired
    TestMailServer mailServer;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theInvitationMailsTheActivationLinkAndTheAddressBecomesTheAccounts() throws Exception {
        Request request = request(LocalDate.now().minusYears(12));
        long parentId = members.parentOf(request.getFamilyId());
        String address = address();

        Invitation invitation = portalAccess.invite(parentId, " " + address + " ");
        sender.sendDue();

        assertThat(invitation.emailedTo()).isEqualTo(address);
        MimeMessage mail = single(address);
        String text = TestMailServer.part(mail, "text/plain");
        assertThat(text).contains("http://localhost:8080/activeren?code=" + invitation.code())
                .contains("gezinsportaal", "family portal").doesNotContain("Route", "Kim", "Sam");
        assertThat(TestMailServer.part(mail, "text/html"))
                .contains("href=\"http://localhost:8080/activeren?code=" + invitation.code() + "\"");

        String username = "uitgenodigd-" + parentId;
        portalAccess.activate(invitation.code(), username, "een-lang-wachtwoord", "10.9.8.7");
        assertThat(emails.familyMailTo(username)).contains(address);
    }

    @Test
    void refusesAnInvitationToSomethingThatIsNoAddress() throws Exception {
        Request request = request(LocalDate.now().minusYears(12));
        long parentId = members.parentOf(request.getFamilyId());

        assertThatThrownBy(() -> portalAccess.invite(parentId, "sam at example.org"))
                .isInstanceOf(InvalidInput.class).hasMessage("portal.access.invite.email.invalid");
        assertThat(jdbc.sql("select count(*) from family_invitation where person_id = :id").param("id", parentId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aMemberHearsThatTheContactPersonAnsweredButNotWhat() throws Exception {
        Request request = request(LocalDate.now().minusYears(12));
        long parentId = members.parentOf(request.getFamilyId());
        String parent = members.portalLogin(parentId);
        String address = withAddress(parent);
        SignIn.as(users, parent);
        questions.send("Wanneer komt de hulp?");
        SignIn.as(users, TestCases.consultantOf(Law.JEUGDWET));

        questions.answer(parentId, "Volgende week dinsdag");
        sender.sendDue();

        MimeMessage mail = single(address);
        assertThat(mail.getSubject()).isEqualTo("Uw contactpersoon heeft u geantwoord");
        assertThat(TestMailServer.part(mail, "text/plain")).contains("http://localhost:8080/mijn-gezin/vragen")
                .doesNotContain("dinsdag", "hulp", "Route");
    }

    @Test
    void everyMemberWithAnAddressHearsOfANewPlanVersionInTheirLanguageUnlessTheyTurnedItOff() throws Exception {
        Request request = request(LocalDate.now().minusYears(17));
        long otherAdult = otherAdult(request.getFamilyId());
        long parentId = members.parentOf(request.getFamilyId());
        String parent = members.portalLogin(parentId);
        String youth = members.portalLogin(request.getPersonId());
        String parentAddress = withAddress(parent);
        String youthAddress = withAddress(youth);
        SignIn.as(users, youth);
        languages.remember(Locale.ENGLISH);
        String quiet = members.portalLogin(otherAdult);
        String quietAddress = withAddress(quiet);
        SignIn.as(users, quiet);
        emails.changeOwn(quietAddress, false);

        SignIn.as(users, TestCases.consultantOf(Law.JEUGDWET));
        plans.save(request.getFamilyId(), planWithAGoal(request));
        sender.sendDue();

        assertThat(single(parentAddress).getSubject()).isEqualTo("Er is een nieuwe versie van uw gezinsplan");
        MimeMessage english = single(youthAddress);
        assertThat(english.getSubject()).isEqualTo("There is a new version of your family plan");
        assertThat(TestMailServer.part(english, "text/plain")).contains("http://localhost:8080/mijn-gezin")
                .doesNotContain("school", "Route");
        assertThat(mailServer.receivedBy(quietAddress)).as("turned off").isEmpty();
    }

    @Test
    void aLetterAboutAYouthOfSixteenIsAnnouncedToThemAloneAndOnce() throws Exception {
        Request request = request(LocalDate.now().minusYears(16).minusDays(3));
        long parentId = members.parentOf(request.getFamilyId());
        String parentAddress = withAddress(members.portalLogin(parentId));
        String youthAddress = withAddress(members.portalLogin(request.getPersonId()));

        provisions.propose(request.getId(), new ProvisionDraft(request.getPersonId(),
                cases.productOf(Law.JEUGDWET).getId(), cases.providerOf(cases.productOf(Law.JEUGDWET)).getId(),
                BigDecimal.TEN, Frequency.ONCE, LocalDate.now(), LocalDate.now().plusMonths(3), LocalDate.now(),
                LocalDate.now().plusMonths(3)));
        steps.grant(request.getId());
        sender.sendDue();

        MimeMessage mail = single(youthAddress);
        assertThat(mail.getSubject()).isEqualTo("Er staat een brief voor u klaar");
        assertThat(TestMailServer.part(mail, "text/plain")).contains("http://localhost:8080/mijn-gezin/hulp")
                .doesNotContain("Route", "toegekend", "Jeugdwet");
        assertThat(mailServer.receivedBy(parentAddress)).as("the youth's own letter").isEmpty();
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :to").param("to", youthAddress)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theLetterOfAnExtendedTermIsAnnouncedToTheParent() throws Exception {
        Request request = request(LocalDate.now().minusYears(12));
        String parentAddress = withAddress(members.portalLogin(members.parentOf(request.getFamilyId())));
        LocalDate due = LocalDate.now().plusWeeks(8);

        steps.extend(request.getId(), due, due.plusWeeks(4), "Advies van de jeugdarts nodig");
        sender.sendDue();

        MimeMessage mail = single(parentAddress);
        assertThat(mail.getSubject()).isEqualTo("Er staat een brief voor u klaar");
        assertThat(TestMailServer.part(mail, "text/plain")).contains("http://localhost:8080/mijn-gezin/hulp")
                .doesNotContain("jeugdarts", "Kim");
    }

    @Test
    void theDecisionOnAnObjectionIsAnnouncedAsALetter() throws Exception {
        Objection objection = testObjections.registered();
        String parentAddress = withAddress(members.portalLogin(members.parentOf(objection.getFamilyId())));

        objectionSteps.assessAdmissibility(objection.getId(), true, null);
        objectionSteps.recordTalk(objection.getId(), LocalDate.now(), "Niet opgelost", false);
        objectionSteps.recordHearing(objection.getId(), LocalDate.now(), "Moeder", "Verslag");
        objectionSteps.recordAdvice(objection.getId(), ObjectionVerdict.UNFOUNDED, "Advies");
        objectionSteps.decide(objection.getId(), ObjectionVerdict.UNFOUNDED, "Motivering");
        sender.sendDue();

        MimeMessage mail = single(parentAddress);
        assertThat(mail.getSubject()).isEqualTo("Er staat een brief voor u klaar");
        assertThat(TestMailServer.part(mail, "text/plain")).contains("http://localhost:8080/mijn-gezin/hulp")
                .doesNotContain("bezwaar", "Motivering", "Kim");
    }

    private Request request(LocalDate birthDate) {
        return cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now(), birthDate);
    }

    /** A second adult in the family, the way the family page adds one. */
    private long otherAdult(long familyId) {
        return families.addPerson(familyId, testFamilies.person("Robin", "Route", LocalDate.now().minusYears(40),
                FamilyRole.OTHER_ADULT)).getId();
    }

    private String withAddress(String login) {
        String address = address();
        jdbc.sql("update user_account set email = :email where username = :username")
                .param("email", address).param("username", login).update();
        return address;
    }

    private MimeMessage single(String address) {
        List<MimeMessage> received = mailServer.receivedBy(address);
        assertThat(received).as(address).hasSize(1);
        return received.get(0);
    }

    private static String address() {
        return "gezin-" + UUID.randomUUID() + "@example.org";
    }

    private static PlanDraft planWithAGoal(Request request) {
        PlanDraft draft = PlanDraft.empty();
        draft.goals().add(Goal.create(request.getLaw(), request.getPersonId(), "Weer naar school",
                "Vier dagen per week op school", LocalDate.now().plusMonths(6), GoalStatus.OPEN));
        return draft;
    }
}
