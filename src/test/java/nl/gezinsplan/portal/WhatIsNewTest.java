package nl.gezinsplan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.plan.Plans;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What the portal's home page says is new: for the signed-in member only, and each item until they have seen it. */
@IntegrationTest
class WhatIsNewTest {

    @Autowired
    WhatIsNew whatIsNew;

    @Autowired
    Questions questions;

    @Autowired
    MyLetters myLetters;

    @Autowired
    Plans plans;

    @Autowired
    TestRoutes routes;

    @Autowired
    TestCare testCare;

    @Autowired
    TestMembers members;

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    Families families;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAnswerOfTheContactPersonIsNewUntilTheMemberReadsTheirQuestions() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long parentId = members.parentOf(request.getFamilyId());
        String parent = members.portalLogin(parentId);
        SignIn.as(users, parent);
        questions.send("Wanneer is het volgende gesprek?");
        assertThat(whatIsNew.forMe().unreadAnswers()).as("the member's own question is not news").isZero();

        SignIn.as(users, "anna");
        questions.answer(parentId, "Dinsdag om tien uur.");
        questions.answer(parentId, "Op school.");

        SignIn.as(users, parent);
        assertThat(whatIsNew.forMe().unreadAnswers()).isEqualTo(2);
        questions.mine();
        assertThat(whatIsNew.forMe().unreadAnswers()).isZero();
    }

    @Test
    void aLetterIsNewToEachMemberUntilTheySawTheLetters() {
        GrantedCare care = testCare.granted(Law.JEUGDWET, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(5));
        long familyId = care.familyId();
        SignIn.as(users, TestCases.consultantOf(Law.JEUGDWET));
        Person otherParent = families.addPerson(familyId, testFamilies.person("Mo", "Route",
                LocalDate.now().minusYears(40), FamilyRole.PARENT));
        String parent = members.portalLogin(members.parentOf(familyId));
        String other = members.portalLogin(otherParent.getId());

        SignIn.as(users, parent);
        assertThat(whatIsNew.forMe().newLetters()).isEqualTo(1);
        assertThat(myLetters.read().decisions()).hasSize(1);
        assertThat(whatIsNew.forMe().newLetters()).isZero();
        assertThat(myLetters.read().decisions()).as("seen letters are still listed").hasSize(1);
        assertThat(whatIsNew.forMe().newLetters()).isZero();

        SignIn.as(users, other);
        assertThat(whatIsNew.forMe().newLetters()).as("seen is each member's own").isEqualTo(1);
    }

    @Test
    void aPlanWaitsForTheAgreementOfAnAdultUntilTheFamilyAgrees() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long familyId = request.getFamilyId();
        String parent = members.portalLogin(members.parentOf(familyId));
        SignIn.as(users, parent);
        int version = plans.current(familyId).orElseThrow().number();

        assertThat(whatIsNew.forMe().planToAgree()).contains(version);
        assertThat(whatIsNew.forMe().isEmpty()).isFalse();

        plans.agreeInPortal(version);
        assertThat(whatIsNew.forMe().planToAgree()).isEmpty();
        assertThat(whatIsNew.forMe().isEmpty()).isTrue();
    }

    @Test
    void aYouthOfSixteenSeesOnlyTheirOwnLettersAndIsNotAskedToAgree() {
        GrantedCare care = testCare.granted(Law.JEUGDWET, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(5),
                LocalDate.now().minusYears(16).minusDays(3));
        String parent = members.portalLogin(members.parentOf(care.familyId()));
        String youth = members.portalLogin(care.personId());

        SignIn.as(users, parent);
        assertThat(whatIsNew.forMe().newLetters()).as("the letter about the youth is theirs").isZero();

        SignIn.as(users, youth);
        WhatIsNew.News news = whatIsNew.forMe();
        assertThat(news.newLetters()).isEqualTo(1);
        assertThat(news.planToAgree()).isEmpty();
    }

    @Test
    void lettersSentBeforeTheUpgradeAreNotNews() throws IOException {
        GrantedCare care = testCare.granted(Law.JEUGDWET, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(5));
        SignIn.as(users, members.portalLogin(members.parentOf(care.familyId())));
        assertThat(whatIsNew.forMe().newLetters()).isEqualTo(1);

        String migration = new ClassPathResource("db/migration/V40__portal_letters_seen.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        jdbc.sql(migration.substring(migration.indexOf("insert into"))).update();

        assertThat(whatIsNew.forMe().newLetters()).isZero();
    }

    @Test
    void staffHaveNothingNewInThePortal() {
        SignIn.as(users, TestCases.consultantOf(Law.JEUGDWET));
        assertThatThrownBy(whatIsNew::forMe).isInstanceOf(AccessDeniedException.class);
    }
}
