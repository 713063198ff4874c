package nl.gezinsplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.gezinsplan.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The directory lists the members of every group it names: teams, roles and the managers of a team. */
@IntegrationTest
class UserDirectoryTest {

    @Autowired
    UserDirectory directory;

    @Autowired
    IdentityService identity;

    @Test
    void listsTheManagersOfATeamAsTheMembersOfItsManagerGroup() {
        assertThat(directory.findUsers(UserFilter.group(Role.managersOf("jeugd")), 0, 100))
                .extracting(DirectoryUser::username).containsExactly("marieke");
        assertThat(directory.findUsers(UserFilter.group(Role.managersOf("participatie")), 0, 100))
                .extracting(DirectoryUser::username).containsExactly("mohamed");
        assertThat(directory.countUsers(UserFilter.group(Role.managersOf("wmo")))).isEqualTo(1);
        assertThat(directory.findUsers(UserFilter.group(Role.managersOf("panel")), 0, 100)).isEmpty();
    }

    @Test
    void everyGroupOfAUserListsThatUser() {
        for (String user : new String[]{"anna", "marieke", "mohamed", "petra"}) {
            for (String group : directory.groupIdsOf(user)) {
                assertThat(directory.findUsers(UserFilter.group(group), 0, 100)).as(group)
                        .extracting(DirectoryUser::username).contains(user);
            }
        }
    }

    @Test
    void theEnginesUserQueryListsAManagerGroupToo() {
        assertThat(identity.createUserQuery().memberOfGroup(Role.managersOf("jeugd")).list())
                .extracting(User::getId).containsExactly("marieke");
        assertThat(identity.createUserQuery().memberOfGroup(Role.managersOf("jeugd")).count()).isEqualTo(1);
        assertThat(identity.createUserQuery().memberOfGroup("jeugd").list())
                .extracting(User::getId).contains("anna", "bram", "marieke").doesNotContain("mohamed");
    }

    @Test
    void theTeamOfAManagerGroup() {
        assertThat(Role.teamManagedBy("manager-wmo")).contains("wmo");
        assertThat(Role.teamManagedBy("manager")).isEmpty();
        assertThat(Role.teamManagedBy("manager-")).isEmpty();
        assertThat(Role.teamManagedBy("jeugd")).isEmpty();
    }

    /** The engine's own password check (Camunda's identity) takes a name with NUL as nobody's, as the login does. */
    @Test
    void theEnginesPasswordCheckRefusesANameWithNulWithoutAskingTheDatabase() {
        assertThat(identity.checkPassword("be\u0000heer", DemoUsers.PASSWORD)).isFalse();
        assertThat(identity.checkPassword("beheer", DemoUsers.PASSWORD)).isTrue();
    }
}
