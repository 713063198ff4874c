package nl.gezinsplan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class ConversationsTest {

    @Autowired
    Conversations conversations;

    @Autowired
    Families families;

    @Autowired
    TestRoutes routes;

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    TestMembers members;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aParentAsksAQuestionAndTheContactPersonSeesItWaitingAndAnswersIt() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long familyId = request.getFamilyId();
        long parentId = members.parentOf(familyId);
        String parent = members.portalLogin(parentId);
        long waitingBefore = conversations.waitingForMe();

        SignIn.as(users, parent);
        conversations.send("  Wanneer is het volgende gesprek?  ");
        MyConversation asked = conversations.mine();
        assertThat(asked.contactPerson()).hasValueSatisfying(name -> assertThat(name).contains("Anna"));
        assertThat(asked.messages()).singleElement().satisfies(message -> {
            assertThat(message.text()).isEqualTo("Wanneer is het volgende gesprek?");
            assertThat(message.fromFamily()).isTrue();
            assertThat(message.waitingForAnswer()).isTrue();
        });

        SignIn.as(users, "anna");
        assertThat(conversations.waitingForMe()).isEqualTo(waitingBefore + 1);
        assertThat(conversations.familiesWaitingForMe()).filteredOn(family -> family.familyId() == familyId)
                .singleElement().satisfies(family -> {
                    assertThat(family.familyName()).isEqualTo("Route");
                    assertThat(family.messages()).isEqualTo(1);
                });
        assertThat(conversations.ofFamily(familyId)).singleElement().satisfies(conversation -> {
            assertThat(conversation.personId()).isEqualTo(parentId);
            assertThat(conversation.memberName()).isEqualTo("Sam Route");
            assertThat(conversation.waitingForAnswer()).isTrue();
        });

        conversations.answer(parentId, "Volgende week dinsdag om tien uur.");

        assertThat(conversations.waitingForMe()).isEqualTo(waitingBefore);
        assertThat(conversations.familiesWaitingForMe()).noneMatch(family -> family.familyId() == familyId);
        assertThat(conversations.ofFamily(familyId)).singleElement()
                .satisfies(conversation -> assertThat(conversation.waitingForAnswer()).isFalse());

        SignIn.as(users, parent);
        assertThat(conversations.unreadAnswers()).isEqualTo(1);
        assertThat(conversations.mine().messages()).extracting(FamilyMessage::text)
                .containsExactly("Wanneer is het volgende gesprek?", "Volgende week dinsdag om tien uur.");
        assertThat(conversations.mine().messages().get(1)).satisfies(answer -> {
            assertThat(answer.fromFamily()).isFalse();
            assertThat(answer.authorName()).contains("Anna");
            assertThat(answer.readAt()).as("read when the parent opened the conversation").isNotNull();
        });
        assertThat(conversations.unreadAnswers()).isZero();

        assertThat(auditActions(parent, familyId)).contains("CREATE", "READ");
        assertThat(auditActions("anna", familyId)).contains("CREATE", "READ");
    }

    @Test
    void aYouthOfSixteenAndAParentEachHaveTheirOwnConversation() {
        Family family = testFamilies.registeredBy("anna", "Apart");
        long parentId = testFamilies.firstMemberOf(family);
        Person youth = families.addPerson(family.getId(), testFamilies.person("Noor", "Apart",
                LocalDate.now().minusYears(16).minusDays(1), FamilyRole.CHILD));
        String parent = members.portalLogin(parentId);
        String youthLogin = members.portalLogin(youth.getId());

        SignIn.as(users, youthLogin);
        conversations.send("Mag ik zelf met de jeugdarts praten?");
        SignIn.as(users, parent);
        conversations.send("Hoe gaat het met de aanvraag?");
        assertThat(conversations.mine().messages()).extracting(FamilyMessage::text)
                .containsExactly("Hoe gaat het met de aanvraag?");

        SignIn.as(users, "anna");
        assertThat(conversations.ofFamily(family.getId())).extracting(Conversation::personId)
                .containsExactlyInAnyOrder(parentId, youth.getId());
        conversations.answer(youth.getId(), "Ja, dat mag.");

        SignIn.as(users, parent);
        assertThat(conversations.unreadAnswers()).isZero();
        assertThat(conversations.mine().messages()).extracting(FamilyMessage::text)
                .containsExactly("Hoe gaat het met de aanvraag?");
        SignIn.as(users, youthLogin);
        assertThat(conversations.mine().messages()).extracting(FamilyMessage::text)
                .containsExactly("Mag ik zelf met de jeugdarts praten?", "Ja, dat mag.");
    }

    @Test
    void anotherFamilysIdsAreRefusedAndEachAttemptIsLogged() {
        Request own = routes.awaitingConsent(Law.JEUGDWET);
        Request other = routes.awaitingConsent(Law.WMO);
        long otherFamily = other.getFamilyId();
        long otherParent = members.parentOf(otherFamily);
        SignIn.as(users, members.portalLogin(otherParent));
        conversations.send("Een vraag van een ander gezin");
        String parent = members.portalLogin(members.parentOf(own.getFamilyId()));

        SignIn.as(users, parent);
        List<Runnable> attempts = List.of(
                () -> conversations.ofFamily(otherFamily),
                () -> conversations.answer(otherParent, "Ik antwoord voor de gemeente"));
        attempts.forEach(attempt -> assertThatThrownBy(attempt::run).isInstanceOf(AccessDeniedException.class));
        assertThat(auditActions(parent, otherFamily)).containsOnly("DENIED").hasSize(attempts.size());
        assertThat(conversations.mine().messages()).isEmpty();

        // anna works in youth care: the Wmo family of carla is not hers
        SignIn.as(users, "anna");
        long deniedBefore = auditActions("anna", otherFamily).stream().filter("DENIED"::equals).count();
        assertThatThrownBy(() -> conversations.answer(otherParent, "Antwoord"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conversations.ofFamily(otherFamily)).isInstanceOf(AccessDeniedException.class);
        assertThat(auditActions("anna", otherFamily).stream().filter("DENIED"::equals).count())
                .isEqualTo(deniedBefore + 2);
        assertThatThrownBy(() -> conversations.answer(Long.MAX_VALUE, "Antwoord"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(messagesOf(otherParent)).isEqualTo(1);
    }

    @Test
    void aColleagueWithAccessMayAnswerButAManagerOnlyReads() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long parentId = members.parentOf(request.getFamilyId());
        SignIn.as(users, members.portalLogin(parentId));
        conversations.send("Kan het gesprek ook op woensdag?");

        SignIn.as(users, "marieke");
        assertThat(conversations.ofFamily(request.getFamilyId())).hasSize(1);
        assertThatThrownBy(() -> conversations.answer(parentId, "Ja")).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "bram");
        conversations.answer(parentId, "Woensdag kan ook.");
        assertThat(conversations.ofFamily(request.getFamilyId())).singleElement()
                .satisfies(conversation -> assertThat(conversation.waitingForAnswer()).isFalse());
    }

    @Test
    void anEmptyOrTooLongMessageIsRefusedAndNothingIsSaved() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long parentId = members.parentOf(request.getFamilyId());
        SignIn.as(users, members.portalLogin(parentId));

        assertThatThrownBy(() -> conversations.send(" \n ")).isInstanceOf(InvalidInput.class)
                .hasMessage("portal.questions.empty");
        assertThatThrownBy(() -> conversations.send(null)).isInstanceOf(InvalidInput.class)
                .hasMessage("portal.questions.empty");
        assertThatThrownBy(() -> conversations.send("x".repeat(PortalLimits.MESSAGE.maxLength() + 1)))
                .isInstanceOf(InvalidInput.class).hasMessage("input.text.too-long");
        assertThat(messagesOf(parentId)).isZero();

        conversations.send("x".repeat(PortalLimits.MESSAGE.maxLength()));
        assertThat(messagesOf(parentId)).isEqualTo(1);

        SignIn.as(users, "anna");
        assertThatThrownBy(() -> conversations.answer(parentId, "")).isInstanceOf(InvalidInput.class)
                .hasMessage("portal.questions.empty");
        assertThat(messagesOf(parentId)).isEqualTo(1);
    }

    @Test
    void staffAnswerOnlyAConversationAMemberStarted() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);

        assertThatThrownBy(() -> conversations.answer(request.getPersonId(), "Hallo Kim"))
                .isInstanceOf(InvalidInput.class).hasMessage("portal.questions.no-conversation");
        assertThatThrownBy(() -> conversations.send("Een vraag")).as("staff have no conversation of their own")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(messagesOf(request.getPersonId())).isZero();
    }

    private long messagesOf(long personId) {
        return jdbc.sql("select count(*) from family_message where person_id = :id")
                .param("id", personId).query(Long.class).single();
    }

    private List<String> auditActions(String actor, long familyId) {
        return jdbc.sql("select action from audit_event where actor = :actor and family_id = :id")
                .param("actor", actor).param("id", familyId).query(String.class).list();
    }
}
