package nl.gezinsplan.security;

import static nl.gezinsplan.security.TestStaffAccounts.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Teams are created and renamed by the administrator; a team's code, the engine's group, never changes. */
@IntegrationTest
class TeamAdministrationTest {

    @Autowired
    TeamAdministration teams;

    @Autowired
    UserDirectory directory;

    @Autowired
    IdentityService identity;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestStaffAccounts testStaff;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "marieke"})
    void onlyAnAdministratorMayCreateOrRenameATeamRefusedInTheService(String user) {
        SignIn.as(users, user);

        assertThatThrownBy(() -> teams.create(null, "Stiekem " + System.nanoTime()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> teams.rename("jeugd", "Stiekem")).isInstanceOf(AccessDeniedException.class);
        assertThat(directory.groups()).extracting(AccessGroup::name).contains("Jeugd").doesNotContain("Stiekem");
    }

    @Test
    void aNewTeamGetsACodeFromItsNameAndIsAnEngineGroupWithItsManagers() {
        long number = System.nanoTime() % 100_000;
        SignIn.as(users, "beheer");

        Team team = teams.create(" ", "  Noord-Oost (Ühlenbroek) " + number);

        assertThat(team)
                .isEqualTo(new Team("noord-oost-uhlenbroek-" + number, "Noord-Oost (Ühlenbroek) " + number));
        assertThat(identity.createGroupQuery().groupId(team.code()).singleResult().getName()).isEqualTo(team.name());
        assertThat(identity.createGroupQuery().groupId(Role.managersOf(team.code())).count()).isEqualTo(1);
        assertThat(testStaff.recorded("audit.team.created")).contains(team.code() + ": " + team.name());
    }

    @Test
    void aLongNameMakesACodeThatFits() {
        SignIn.as(users, "beheer");

        Team team = teams.create(null, "Wijkteam " + "x".repeat(30) + " " + System.nanoTime());

        assertThat(team.code()).hasSizeLessThanOrEqualTo(SecurityLimits.TEAM_CODE).doesNotEndWith("-");
    }

    @Test
    void theAdministratorMayChooseTheCode() {
        SignIn.as(users, "beheer");
        String code = "zuid-" + System.nanoTime() % 100000;

        assertThat(teams.create(code, "Jeugd Zuid " + code).code()).isEqualTo(code);
        assertRefused(() -> teams.create(code.toUpperCase(), "Andere naam " + code), "security.team.code.invalid");
        assertRefused(() -> teams.create(code, "Andere naam " + code), "security.team.code.taken");
        assertRefused(() -> teams.create(null, "JEUGD ZUID " + code.toUpperCase()), "security.team.name.taken");
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "manager-jeugd", "consultant", "panel", "admin", "met spatie", "a_b", "-a",
            "eenheelerglangecodedienietmeerpast"})
    void refusesACodeTheEngineCannotTellFromAnotherGroupOrThatDoesNotFit(String code) {
        SignIn.as(users, "beheer");

        assertRefused(() -> teams.create(code, "Team " + System.nanoTime()), "security.team.code.invalid");
    }

    @Test
    void refusesAnEmptyOrTooLongName() {
        SignIn.as(users, "beheer");

        assertRefused(() -> teams.create(null, "  "), "security.team.name.invalid");
        assertRefused(() -> teams.create(null, "x".repeat(SecurityLimits.TEAM_NAME + 1)), "security.team.name.invalid");
    }

    @Test
    void renamingKeepsTheCodeSoTheEnginesGroupsStay() {
        SignIn.as(users, "beheer");
        Team team = teams.create(null, "Oud " + System.nanoTime());

        Team renamed = teams.rename(team.code(), "Nieuw " + team.name());

        assertThat(renamed.code()).isEqualTo(team.code());
        assertThat(directory.groups()).contains(new AccessGroup(team.code(), renamed.name(), AccessGroup.Kind.TEAM));
        assertThat(testStaff.recorded("audit.team.renamed"))
                .contains(team.code() + ": " + team.name() + " -> " + renamed.name());
        assertRefused(() -> teams.rename(team.code(), "jeugd"), "security.team.name.taken");
        assertRefused(() -> teams.rename("geen-team-" + System.nanoTime(), "Naam"), "security.team.unknown");
    }
}
