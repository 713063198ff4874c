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
class QuestionsTest {

    @Autowired
    Questions questions;

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
        long waitingBefore = questions.waitingForMe();

        SignIn.as(users, parent);
        questions.send("  Wanneer is het volgende gesprek?  ");
        MyQuestions asked = questions.mine();
        assertThat(asked.contactPerson()).hasValueSatisfying(name -> assertThat(name).contains("Anna"));
        assertThat(asked.items()).singleElement().satisfies(question -> {
            assertThat(question.text()).isEqualTo("Wanneer is het volgende gesprek?");
            assertThat(question.fromFamily()).isTrue();
            assertThat(question.waitingForAnswer()).isTrue();
        });

        SignIn.as(users, "anna");
        assertThat(questions.waitingForMe()).isEqualTo(waitingBefore + 1);
        assertThat(questions.familiesWaitingForMe()).filteredOn(family -> family.familyId() == familyId)
                .singleElement().satisfies(family -> {
                    assertThat(family.familyName()).isEqualTo("Route");
                    assertThat(family.questions()).isEqualTo(1);
                });
        assertThat(questions.ofFamily(familyId)).singleElement().satisfies(member -> {
            assertThat(member.personId()).isEqualTo(parentId);
            assertThat(member.memberName()).isEqualTo("Sam Route");
            assertThat(member.waitingForAnswer()).isTrue();
        });

        questions.answer(parentId, "Volgende week dinsdag om tien uur.");

        assertThat(questions.waitingForMe()).isEqualTo(waitingBefore);
        assertThat(questions.familiesWaitingForMe()).noneMatch(family -> family.familyId() == familyId);
        assertThat(questions.ofFamily(familyId)).singleElement()
                .satisfies(member -> assertThat(member.waitingForAnswer()).isFalse());

        SignIn.as(users, parent);
        assertThat(questions.unreadAnswers()).isEqualTo(1);
        assertThat(questions.mine().items()).extracting(QuestionOrAnswer::text)
                .containsExactly("Wanneer is het volgende gesprek?", "Volgende week dinsdag om tien uur.");
        assertThat(questions.mine().items().get(1)).satisfies(answer -> {
            assertThat(answer.fromFamily()).isFalse();
            assertThat(answer.authorName()).contains("Anna");
            assertThat(answer.readAt()).as("read when the parent opened their questions").isNotNull();
        });
        assertThat(questions.unreadAnswers()).isZero();

        assertThat(auditActions(parent, familyId)).contains("CREATE", "READ");
        assertThat(auditActions("anna", familyId)).contains("CREATE", "READ");
    }

    @Test
    void aYouthOfSixteenAndAParentEachHaveTheirOwnQuestions() {
        Family family = testFamilies.registeredBy("anna", "Apart");
        long parentId = testFamilies.firstMemberOf(family);
        Person youth = families.addPerson(family.getId(), testFamilies.person("Noor", "Apart",
                LocalDate.now().minusYears(16).minusDays(1), FamilyRole.CHILD));
        String parent = members.portalLogin(parentId);
        String youthLogin = members.portalLogin(youth.getId());

        SignIn.as(users, youthLogin);
        questions.send("Mag ik zelf met de jeugdarts praten?");
        SignIn.as(users, parent);
        questions.send("Hoe gaat het met de aanvraag?");
        assertThat(questions.mine().items()).extracting(QuestionOrAnswer::text)
                .containsExactly("Hoe gaat het met de aanvraag?");

        SignIn.as(users, "anna");
        assertThat(questions.ofFamily(family.getId())).extracting(MemberQuestions::personId)
                .containsExactlyInAnyOrder(parentId, youth.getId());
        questions.answer(youth.getId(), "Ja, dat mag.");

        SignIn.as(users, parent);
        assertThat(questions.unreadAnswers()).isZero();
        assertThat(questions.mine().items()).extracting(QuestionOrAnswer::text)
                .containsExactly("Hoe gaat het met de aanvraag?");
        SignIn.as(users, youthLogin);
        assertThat(questions.mine().items()).extracting(QuestionOrAnswer::text)
                .containsExactly("Mag ik zelf met de jeugdarts praten?", "Ja, dat mag.");
    }

    @Test
    void anotherFamilysIdsAreRefusedAndEachAttemptIsLogged() {
        Request own = routes.awaitingConsent(Law.JEUGDWET);
        Request other = routes.awaitingConsent(Law.WMO);
        long otherFamily = other.getFamilyId();
        long otherParent = members.parentOf(otherFamily);
        SignIn.as(users, members.portalLogin(otherParent));
        questions.send("Een vraag van een ander gezin");
        String parent = members.portalLogin(members.parentOf(own.getFamilyId()));

        SignIn.as(users, parent);
        List<Runnable> attempts = List.of(
                () -> questions.ofFamily(otherFamily),
                () -> questions.answer(otherParent, "Ik antwoord voor de gemeente"));
        attempts.forEach(attempt -> assertThatThrownBy(attempt::run).isInstanceOf(AccessDeniedException.class));
        assertThat(auditActions(parent, otherFamily)).containsOnly("DENIED").hasSize(attempts.size());
        assertThat(questions.mine().items()).isEmpty();

        // anna works in youth care: the Wmo family of carla is not hers
        SignIn.as(users, "anna");
        long deniedBefore = auditActions("anna", otherFamily).stream().filter("DENIED"::equals).count();
        assertThatThrownBy(() -> questions.answer(otherParent, "Antwoord"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questions.ofFamily(otherFamily)).isInstanceOf(AccessDeniedException.class);
        assertThat(auditActions("anna", otherFamily).stream().filter("DENIED"::equals).count())
                .isEqualTo(deniedBefore + 2);
        assertThatThrownBy(() -> questions.answer(Long.MAX_VALUE, "Antwoord"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(questionsAndAnswersOf(otherParent)).isEqualTo(1);
    }

    @Test
    void aColleagueWithAccessMayAnswerButAManagerOnlyReads() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long parentId = members.parentOf(request.getFamilyId());
        SignIn.as(users, members.portalLogin(parentId));
        questions.send("Kan het gesprek ook op woensdag?");

        SignIn.as(users, "marieke");
        assertThat(questions.ofFamily(request.getFamilyId())).hasSize(1);
        assertThatThrownBy(() -> questions.answer(parentId, "Ja")).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "bram");
        questions.answer(parentId, "Woensdag kan ook.");
        assertThat(questions.ofFamily(request.getFamilyId())).singleElement()
                .satisfies(member -> assertThat(member.waitingForAnswer()).isFalse());
    }

    @Test
    void anEmptyOrTooLongMessageIsRefusedAndNothingIsSaved() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long parentId = members.parentOf(request.getFamilyId());
        SignIn.as(users, members.portalLogin(parentId));

        assertThatThrownBy(() -> questions.send(" \n ")).isInstanceOf(InvalidInput.class)
                .hasMessage("portal.questions.empty");
        assertThatThrownBy(() -> questions.send(null)).isInstanceOf(InvalidInput.class)
                .hasMessage("portal.questions.empty");
        assertThatThrownBy(() -> questions.send("x".repeat(PortalLimits.QUESTION.maxLength() + 1)))
                .isInstanceOf(InvalidInput.class).hasMessage("input.text.too-long");
        assertThat(questionsAndAnswersOf(parentId)).isZero();

        questions.send("x".repeat(PortalLimits.QUESTION.maxLength()));
        assertThat(questionsAndAnswersOf(parentId)).isEqualTo(1);

        SignIn.as(users, "anna");
        assertThatThrownBy(() -> questions.answer(parentId, "")).isInstanceOf(InvalidInput.class)
                .hasMessage("portal.questions.empty");
        assertThat(questionsAndAnswersOf(parentId)).isEqualTo(1);
    }

    @Test
    void staffAnswerOnlyAMemberWhoAsked() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);

        assertThatThrownBy(() -> questions.answer(request.getPersonId(), "Hallo Kim"))
                .isInstanceOf(InvalidInput.class).hasMessage("portal.questions.not-asked");
        assertThatThrownBy(() -> questions.send("Een vraag")).as("staff have no questions of their own")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(questionsAndAnswersOf(request.getPersonId())).isZero();
    }

    private long questionsAndAnswersOf(long personId) {
        return jdbc.sql("select count(*) from family_question where person_id = :id")
                .param("id", personId).query(Long.class).single();
    }

    private List<String> auditActions(String actor, long familyId) {
        return jdbc.sql("select action from audit_event where actor = :actor and family_id = :id")
                .param("actor", actor).param("id", familyId).query(String.class).list();
    }
}
