package nl.gezinsplan.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A manager's view of the caseloads in their teams: how many families each member is contact person for, which
 * ones, and handing one to a colleague. Other tests add families too, so counts are compared before and after.
 */
@IntegrationTest
class CaseloadsTest {

    @Autowired
    Families families;

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void countsTheFamiliesOfEachContactPersonInTheManagersTeams() {
        Map<String, Long> before = caseloadsAsMarieke();
        Family first = testFamilies.registeredBy("bram", "Caseload een");
        testFamilies.registeredBy("bram", "Caseload twee");
        testFamilies.registeredBy("carla", "Caseload drie");

        assertThat(caseloadsAsMarieke()).containsEntry("bram", before.get("bram") + 2)
                .containsEntry("carla", before.get("carla") + 1)
                .containsEntry("anna", before.get("anna"));

        families.assignContactPerson(first.getId(), "anna");
        assertThat(caseloadsAsMarieke()).containsEntry("bram", before.get("bram") + 1)
                .containsEntry("anna", before.get("anna") + 1);
    }

    @Test
    void everyMemberAskedAboutIsAnsweredAndOthersAreLeftOut() {
        SignIn.as(users, "marieke");

        assertThat(families.caseloads(List.of("marieke", "daan", "Bram")))
                .containsOnlyKeys("marieke", "Bram").containsEntry("marieke", 0L);

        SignIn.as(users, "anna");
        assertThatThrownBy(() -> families.caseloads(List.of("anna"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void listsTheFamiliesOfAContactPersonThatTheCallerMayRead() {
        Family family = testFamilies.registeredBy("bram", "Van Bram");

        SignIn.as(users, "marieke");
        assertThat(families.caseload("bram", 0, 10_000)).extracting(FamilySummary::id).contains(family.getId());

        SignIn.as(users, "mohamed");
        assertThat(families.caseload("bram", 0, 10_000)).as("none of his teams works with it")
                .extracting(FamilySummary::id).doesNotContain(family.getId());
    }

    private Map<String, Long> caseloadsAsMarieke() {
        SignIn.as(users, "marieke");
        return families.caseloads(List.of("anna", "bram", "carla"));
    }
}
