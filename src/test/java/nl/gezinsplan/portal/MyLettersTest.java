package nl.gezinsplan.portal;

import static nl.gezinsplan.decision.TestLetters.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.decision.DecisionLetterSummary;
import nl.gezinsplan.decision.DecisionLetters;
import nl.gezinsplan.family.TestMembers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A member reads the decision letters of the members they see, of their own family only. */
@IntegrationTest
class MyLettersTest {

    @Autowired
    MyLetters myLetters;

    @Autowired
    DecisionLetters letters;

    @Autowired
    TestCare testCare;

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
    void aParentReadsAndDownloadsTheLetterAboutTheirChild() {
        GrantedCare care = testCare.granted(Law.JEUGDWET, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(5));
        String parent = members.portalLogin(members.parentOf(care.familyId()));
        SignIn.as(users, parent);

        DecisionLetterSummary letter = single(myLetters.list());
        assertThat(letter.personId()).isEqualTo(care.personId());
        assertThat(textOf(myLetters.download(letter.id()).content())).contains("Kim Route");
        assertThat(auditSubjects(parent, care.familyId(), "READ"))
                .contains("audit.decision.letters.read", "audit.decision.letter.downloaded");
    }

    @Test
    void theLetterAboutAYouthOfSixteenIsTheirsAndParentsAreRefusedAndLogged() {
        GrantedCare care = testCare.granted(Law.JEUGDWET, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(5),
                LocalDate.now().minusYears(16).minusDays(3));
        long letterId = single(letters.lettersOf(care.familyId())).id();
        String parent = members.portalLogin(members.parentOf(care.familyId()));
        String youth = members.portalLogin(care.personId());

        SignIn.as(users, parent);
        assertThat(myLetters.list()).isEmpty();
        assertThatThrownBy(() -> myLetters.download(letterId)).isInstanceOf(AccessDeniedException.class);
        assertThat(auditSubjects(parent, care.familyId(), "DENIED")).containsExactly("audit.decision.letter.downloaded");

        SignIn.as(users, youth);
        assertThat(single(myLetters.list()).id()).isEqualTo(letterId);
        assertThat(myLetters.download(letterId).content()).isNotEmpty();
    }

    @Test
    void aMemberCannotDownloadAnotherFamilysLetterAndTheAttemptIsLogged() {
        GrantedCare own = testCare.granted(Law.JEUGDWET, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(5));
        GrantedCare other = testCare.granted(Law.WMO, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(5));
        long otherLetter = single(letters.lettersOf(other.familyId())).id();
        String parent = members.portalLogin(members.parentOf(own.familyId()));
        SignIn.as(users, parent);

        assertThatThrownBy(() -> myLetters.download(otherLetter)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> letters.lettersOf(other.familyId())).isInstanceOf(AccessDeniedException.class);
        assertThat(auditSubjects(parent, other.familyId(), "DENIED")).hasSize(2);
        assertThat(myLetters.list()).extracting(DecisionLetterSummary::personId).containsExactly(own.personId());
    }

    @Test
    void staffHaveNoLettersOfTheirOwnInThePortal() {
        SignIn.as(users, TestCases.consultantOf(Law.JEUGDWET));
        assertThatThrownBy(myLetters::list).isInstanceOf(AccessDeniedException.class);
    }

    private static DecisionLetterSummary single(List<DecisionLetterSummary> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private List<String> auditSubjects(String actor, long familyId, String action) {
        return jdbc.sql("select subject from audit_event where actor = :actor and family_id = :id and action = :action")
                .param("actor", actor).param("id", familyId).param("action", action).query(String.class).list();
    }
}
