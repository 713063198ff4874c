package nl.gezinsplan.security;

import static nl.gezinsplan.security.TestStaffAccounts.details;
import static nl.gezinsplan.security.TestStaffAccounts.newUsername;
import static nl.gezinsplan.security.TestStaffAccounts.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.workspace.WorkHandOver;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The administrator's rules for staff accounts, each refusal with the message key the screen shows. */
@IntegrationTest
class StaffAdministrationTest {

    @Autowired
    StaffAdministration staff;

    @Autowired
    TestStaffAccounts testStaff;

    @Autowired
    UserDirectory directory;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    WorkHandOver handOver;

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    private TransactionTemplate transactions;

    @BeforeEach
    void transactions() {
        transactions = new TransactionTemplate(transactionManager);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "marieke", "petra"})
    void onlyAnAdministratorMayAdministerStaffRefusedInTheService(String user) {
        String username = newUsername("refused");
        SignIn.as(users, user);

        assertThatThrownBy(() -> staff.create(username, details(username, Role.CONSULTANT, "wmo")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.change("bram", details("bram", Role.MANAGER, "jeugd")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.deactivate("bram")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.reactivate("bram")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.unlock("bram")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.findUsers(UserFilter.ALL, UserDirectory.Activity.ANY, 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(directory.findUser(username)).isEmpty();
        assertThat(directory.findUser("bram")).hasValueSatisfying(bram -> {
            assertThat(bram.role()).isEqualTo(Role.CONSULTANT);
            assertThat(bram.active()).isTrue();
        });
    }

    @Test
    void createsAStaffMemberInTheirTeamsWithAPasswordNobodyKnows() {
        String username = newUsername("nieuw");
        SignIn.as(users, "beheer");

        DirectoryUser created = staff.create(" " + username + " ", new StaffDetails(" Nina ", " Nieuw ",
                username + "@gemeente.example", Role.CONSULTANT, Set.of(TestStaffAccounts.TEAM)));

        assertThat(created).extracting(DirectoryUser::username, DirectoryUser::fullName, DirectoryUser::role,
                        DirectoryUser::teamCodes, DirectoryUser::active)
                .containsExactly(username, "Nina Nieuw", Role.CONSULTANT, Set.of(TestStaffAccounts.TEAM), true);
        assertThat(identity.createUserQuery().memberOfGroup(TestStaffAccounts.TEAM).list()).extracting(User::getId)
                .contains(username);
        String hash = jdbc.sql("select password_hash from user_account where username = :username")
                .param("username", username).query(String.class).single();
        assertThat(List.of("", DemoUsers.PASSWORD, username, "welkom", "changeme"))
                .noneMatch(guess -> passwordEncoder.matches(guess, hash));
        assertThat(directory.checkPassword(username, "")).isFalse();
        assertThat(testStaff.recorded("audit.staff.created")).contains(username + " (CONSULTANT, [proef])");
    }

    @Test
    void aManagerLeadsTheTeamsGivenAndGetsTheirManagerGroups() {
        DirectoryUser manager = testStaff.create("leider", Role.MANAGER, TestStaffAccounts.TEAM, TestStaffAccounts.OTHER_TEAM);

        assertThat(directory.groupIdsOf(manager.username())).containsExactlyInAnyOrder(TestStaffAccounts.TEAM,
                TestStaffAccounts.OTHER_TEAM, "manager", Role.managersOf(TestStaffAccounts.TEAM), Role.managersOf(TestStaffAccounts.OTHER_TEAM));
        assertThat(identity.createUserQuery().memberOfGroup(Role.managersOf(TestStaffAccounts.OTHER_TEAM)).list())
                .extracting(User::getId).contains(manager.username());
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "ANNA", "Anna"})
    void refusesAUserNameTakenInAnyLetterCase(String taken) {
        SignIn.as(users, "beheer");

        assertRefused(() -> staff.create(taken, details(newUsername("x"), Role.CONSULTANT, "jeugd")),
                "security.username.taken");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "met spatie", "émile", "a/b", ""})
    void refusesAUserNameOutsideThePattern(String username) {
        SignIn.as(users, "beheer");

        assertRefused(() -> staff.create(username, details(newUsername("x"), Role.CONSULTANT, "jeugd")),
                "security.username.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"geen-apenstaartje", "naam@", "naam@domein", "twee@@domein.nl", "spa tie@domein.nl", " "})
    void refusesAnInvalidEmailAddress(String email) {
        String username = newUsername("mail");
        SignIn.as(users, "beheer");

        assertRefused(() -> staff.create(username, new StaffDetails("Em", "Ail", email, Role.CONSULTANT, Set.of("jeugd"))),
                "security.staff.email.invalid");
    }

    @Test
    void refusesAnEmailAddressOfAnotherUserInAnyLetterCase() {
        String username = newUsername("mail");
        SignIn.as(users, "beheer");

        assertRefused(() -> staff.create(username,
                new StaffDetails("Em", "Ail", "ANNA@gezinsplan.example", Role.CONSULTANT, Set.of("jeugd"))),
                "security.staff.email.taken");
    }

    @Test
    void refusesNamesLongerThanTheirColumnsAndTakesThemAsLongAsThat() {
        String username = newUsername("lang");
        SignIn.as(users, "beheer");
        String tooLong = "x".repeat(SecurityLimits.FIRST_NAME + 1);

        assertRefused(() -> staff.create(username, new StaffDetails(tooLong, "Lang", username + "@gemeente.example",
                Role.CONSULTANT, Set.of("jeugd"))), "security.staff.first-name.invalid");
        assertRefused(() -> staff.create(username, new StaffDetails("Lang", tooLong, username + "@gemeente.example",
                Role.CONSULTANT, Set.of("jeugd"))), "security.staff.last-name.invalid");
        assertRefused(() -> staff.create(username, new StaffDetails("Lang", "Nul\u0000", username + "@gemeente.example",
                Role.CONSULTANT, Set.of("jeugd"))), "security.staff.last-name.invalid");
        String longest = "é".repeat(SecurityLimits.LAST_NAME);
        assertThat(staff.create(username, new StaffDetails(longest, longest, username + "@gemeente.example",
                Role.CONSULTANT, Set.of(TestStaffAccounts.TEAM))).lastName()).isEqualTo(longest);
    }

    @Test
    void theLimitsAreTheColumnsLengths() {
        assertThat(List.of(column("user_account", "username"), column("user_account", "first_name"),
                column("user_account", "last_name"), column("user_account", "email"), column("team", "code"),
                column("team", "name")))
                .containsExactly(SecurityLimits.USERNAME, SecurityLimits.FIRST_NAME, SecurityLimits.LAST_NAME,
                        SecurityLimits.EMAIL, SecurityLimits.TEAM_CODE, SecurityLimits.TEAM_NAME);
    }

    @Test
    void refusesRolesAndTeamsThatDoNotFitTogether() {
        String username = newUsername("rol");
        SignIn.as(users, "beheer");

        assertRefused(() -> staff.create(username, details(username, Role.MANAGER)),
                "security.staff.teams.manager-without-team");
        assertRefused(() -> staff.create(username, details(username, Role.PANEL, "jeugd")),
                "security.staff.teams.panel-without-panel");
        assertRefused(() -> staff.create(username, details(username, Role.ADMIN, "jeugd")),
                "security.staff.teams.admin-in-team");
        assertRefused(() -> staff.create(username, details(username, Role.FAMILY)), "security.staff.role.family");
        assertRefused(() -> staff.create(username, details(username, null, "jeugd")), "security.staff.role.required");
        assertRefused(() -> staff.create(username, details(username, Role.CONSULTANT, "geen-team")),
                "security.staff.teams.unknown");
        assertThat(directory.findUser(username)).isEmpty();
        assertThat(staff.create(username, details(username, Role.PANEL, "panel")).teamCodes()).containsExactly("panel");
        staff.deactivate(username); // the panel's reviewers stay as other tests expect them
    }

    @Test
    void changesAUserAndRecordsWhatChanged() {
        DirectoryUser user = testStaff.create("wijzig", Role.CONSULTANT, TestStaffAccounts.TEAM);
        SignIn.as(users, "beheer");

        DirectoryUser changed = staff.change(user.username(), new StaffDetails("Anders", user.lastName(),
                user.email(), Role.MANAGER, Set.of(TestStaffAccounts.TEAM, TestStaffAccounts.OTHER_TEAM)));

        assertThat(changed).extracting(DirectoryUser::firstName, DirectoryUser::role, DirectoryUser::teamCodes)
                .containsExactly("Anders", Role.MANAGER, Set.of(TestStaffAccounts.TEAM, TestStaffAccounts.OTHER_TEAM));
        assertThat(testStaff.recorded("audit.staff.role-changed"))
                .contains(user.username() + ": CONSULTANT -> MANAGER");
        assertThat(testStaff.recorded("audit.staff.changed")).contains(
                user.username() + ": first_name Test -> Anders; teams [proef] -> [proef, proef-twee]");
    }

    @Test
    void nobodyChangesTheirOwnRoleButTheirNameTheyMay() {
        DirectoryUser admin = testStaff.create("eigen", Role.ADMIN);
        SignIn.as(users, admin.username());

        assertRefused(() -> staff.change(admin.username(), details(admin.username(), Role.CONSULTANT, TestStaffAccounts.TEAM)),
                "security.staff.own-role");
        assertThat(staff.change(admin.username(), new StaffDetails("Nieuwe", "Naam", admin.email(), Role.ADMIN,
                Set.of())).fullName()).isEqualTo("Nieuwe Naam");
    }

    @Test
    void aFamilyMembersAccountIsNotAdministeredHere() {
        SignIn.as(users, "beheer");

        assertRefused(() -> staff.change("sanne", details("sanne", Role.CONSULTANT, "jeugd")),
                "security.staff.family-account");
        assertRefused(() -> staff.deactivate("sanne"), "security.staff.family-account");
        assertThat(directory.findUser("sanne")).hasValueSatisfying(sanne -> assertThat(sanne.active()).isTrue());
    }

    @Test
    void nobodyDeactivatesThemselves() {
        SignIn.as(users, "beheer");

        assertRefused(() -> staff.deactivate("BEHEER"), "security.staff.deactivate-self");
    }

    @Test
    void deactivationWaitsUntilTheHeldWorkIsHandedOver() {
        DirectoryUser leaving = testStaff.create("vertrek", Role.CONSULTANT, TestStaffAccounts.TEAM);
        DirectoryUser staying = testStaff.create("blijft", Role.CONSULTANT, TestStaffAccounts.TEAM);
        testFamilies.registeredBy(leaving.username(), "Vertrek");
        SignIn.as(users, "beheer");
        assertRefused(() -> staff.deactivate(leaving.username()), "security.staff.holds-work");
        assertThat(directory.findUser(leaving.username()).orElseThrow().active()).isTrue();

        handOver.toColleague(leaving.username(), staying.username());
        staff.deactivate(leaving.username());

        assertThat(directory.findUser(leaving.username()).orElseThrow().active()).isFalse();
        assertThat(testStaff.recorded("audit.staff.deactivated")).contains(leaving.username());
    }

    @Test
    void aContactPersonIsNotDeactivatedBeforeTheFamilyIsHandedOver() {
        DirectoryUser contact = testStaff.create("contact", Role.CONSULTANT, TestStaffAccounts.TEAM);
        testFamilies.registeredBy(contact.username(), "Overdracht");
        SignIn.as(users, "beheer");

        assertThat(staff.heldWork(contact.username())).isEqualTo(1);
        assertRefused(() -> staff.deactivate(contact.username()), "security.staff.holds-work");
        assertThat(directory.findUser(contact.username()).orElseThrow().active()).isTrue();
    }

    @Test
    void aDeactivatedUserKeepsTheirNameButLeavesEveryListAndCannotLogIn() {
        DirectoryUser leaving = testStaff.create("weg", Role.MANAGER, TestStaffAccounts.OTHER_TEAM);
        SignIn.as(users, "beheer");
        staff.deactivate(leaving.username());

        assertThat(directory.findUser(leaving.username())).hasValueSatisfying(user -> {
            assertThat(user.fullName()).isEqualTo(leaving.fullName());
            assertThat(user.active()).isFalse();
        });
        assertThat(directory.findByUsernames(Set.of(leaving.username()))).extracting(DirectoryUser::fullName)
                .containsExactly(leaving.fullName());
        assertThat(directory.findUsers(UserFilter.group(TestStaffAccounts.OTHER_TEAM), 0, 1000))
                .extracting(DirectoryUser::username).doesNotContain(leaving.username());
        assertThat(directory.findUsers(UserFilter.group(Role.managersOf(TestStaffAccounts.OTHER_TEAM)), 0, 1000))
                .extracting(DirectoryUser::username).doesNotContain(leaving.username());
        assertThat(directory.findUsers(UserFilter.text(leaving.username()), 0, 10)).isEmpty();
        assertThat(directory.groupIdsOf(leaving.username())).isEmpty();
        assertThat(identity.createUserQuery().memberOfGroup(TestStaffAccounts.OTHER_TEAM).list()).extracting(User::getId)
                .doesNotContain(leaving.username());
        assertThat(users.loadUserByUsername(leaving.username()).isEnabled()).isFalse();
        assertThat(staff.findUsers(UserFilter.text(leaving.username()), UserDirectory.Activity.INACTIVE, 0, 10))
                .extracting(DirectoryUser::username).containsExactly(leaving.username());
        assertThat(staff.countUsers(UserFilter.text(leaving.username()), UserDirectory.Activity.ACTIVE)).isZero();

        SignIn.as(users, leaving.username());
        assertThat(currentUser.get()).as("a session that outlived the deactivation is nobody's").isEmpty();
    }

    @Test
    void aReactivatedUserIsBackInTheirTeam() {
        DirectoryUser user = testStaff.create("terug", Role.CONSULTANT, TestStaffAccounts.TEAM);
        SignIn.as(users, "beheer");
        staff.deactivate(user.username());

        staff.reactivate(user.username());

        assertThat(directory.findUsers(UserFilter.group(TestStaffAccounts.TEAM), 0, 1000)).extracting(DirectoryUser::username)
                .contains(user.username());
        assertThat(testStaff.recorded("audit.staff.reactivated")).contains(user.username());
    }

    @Test
    void anotherAdministratorMayBeDemotedAndDeactivatedWhileOneStays() {
        DirectoryUser second = testStaff.create("beheer2", Role.ADMIN);
        SignIn.as(users, "beheer");

        staff.change(second.username(), details(second.username(), Role.CONSULTANT, TestStaffAccounts.TEAM));
        staff.change(second.username(), details(second.username(), Role.ADMIN));
        staff.deactivate(second.username());

        assertThat(directory.findUser(second.username()).orElseThrow().active()).isFalse();
    }

    /**
     * The last administrator can only be removed by two administrators removing each other at the same moment (one
     * cannot remove themselves): the second waits for the first, then counts one administrator and is refused.
     */
    @Test
    void twoAdministratorsDeactivatingEachOtherAtOnceLeaveOne() throws Exception {
        DirectoryUser first = testStaff.create("adm-a", Role.ADMIN);
        DirectoryUser second = testStaff.create("adm-b", Role.ADMIN);
        List<String> others = jdbc.sql("select username from user_account where role = 'ADMIN' and enabled"
                        + " and username not in (:both)")
                .param("both", List.of(first.username(), second.username())).query(String.class).list();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch firstDeactivated = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        setEnabled(others, false);
        try {
            Future<?> firstAct = threads.submit(() -> as(first, () -> transactions.executeWithoutResult(status -> {
                staff.deactivate(second.username());
                firstDeactivated.countDown();
                awaitQuietly(commit);
            })));
            firstDeactivated.await(10, TimeUnit.SECONDS);
            Future<?> secondAct = threads.submit(() -> as(second, () -> staff.deactivate(first.username())));
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from pg_stat_activity"
                    + " where wait_event_type = 'Lock' and datname = current_database()").query(Long.class).single() > 0);
            commit.countDown();
            firstAct.get(10, TimeUnit.SECONDS);

            assertThatThrownBy(() -> secondAct.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(AccountRefused.class)
                    .cause().hasMessage("security.staff.last-administrator");
            assertThat(directory.findUser(first.username()).orElseThrow().active()).isTrue();
        } finally {
            commit.countDown();
            threads.shutdown();
            setEnabled(others, true);
        }
    }

    @Test
    void anUnknownUserIsRefused() {
        SignIn.as(users, "beheer");

        assertRefused(() -> staff.deactivate("niemand-" + System.nanoTime()), "security.staff.unknown");
        assertRefused(() -> staff.change("nie\u0000mand", details("niemand", Role.CONSULTANT, "jeugd")),
                "security.staff.unknown");
    }

    private void as(DirectoryUser user, Runnable act) {
        SignIn.as(users, user.username());
        try {
            act.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void setEnabled(List<String> usernames, boolean enabled) {
        if (!usernames.isEmpty()) {
            jdbc.sql("update user_account set enabled = :enabled where username in (:usernames)")
                    .param("enabled", enabled).param("usernames", usernames).update();
        }
    }

    private int column(String table, String column) {
        return jdbc.sql("""
                        select character_maximum_length from information_schema.columns
                        where table_schema = current_schema() and table_name = :table and column_name = :column""")
                .param("table", table).param("column", column).query(Integer.class).single();
    }
}
