package nl.gezinsplan.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.family.ContactPerson;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.HeldFamilies;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.security.HeldWork;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.workflow.HeldTasks;
import nl.gezinsplan.workflow.TestTasks;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The hand-over of a leaving staff member's families and tasks, by their manager or an administrator. */
@IntegrationTest
class HandOverTest {

    @Autowired
    WorkHandOver handOver;

    @Autowired
    List<HeldWork> heldWork;

    @Autowired
    HeldFamilies heldFamilies;

    @Autowired
    HeldTasks heldTasks;

    @Autowired
    Families families;

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TestStaff staff;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService taskService;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void handsAllFamiliesAndTasksToOneColleagueSoNothingIsLeft() {
        TestStaff.Team team = staff.team();
        Family first = testFamilies.registeredBy(team.leaver(), "Overdracht");
        testFamilies.registeredBy(team.leaver(), "Overdracht");
        String triage = staff.triageTakenBy(team.leaver(), team.code(), first.getId(),
                testFamilies.firstMemberOf(first));
        assertThat(held(team.leaver())).isEqualTo(3);

        as(team.manager());
        WorkHandOver.HandOverResult result = handOver.toColleague(team.leaver(), team.firstColleague());

        assertThat(result.families()).isEqualTo(2);
        assertThat(result.tasks()).isEqualTo(1);
        assertThat(result.left()).isEmpty();
        assertThat(held(team.leaver())).as("every HeldWork").isZero();
        assertThat(heldFamilies.heldBy(team.firstColleague())).isEqualTo(2);
        assertThat(testTasks.assigneeOf(triage)).isEqualTo(team.firstColleague());
        List<ContactPerson> history = families.contactPersonHistory(first.getId());
        assertThat(history).extracting(ContactPerson::username).containsExactly(team.firstColleague(), team.leaver());
        assertThat(history.get(0).assignedBy()).isEqualTo(team.manager());
        assertThat(history.get(1).endedAt()).isNotNull();
        assertThat(audited(team.manager(), "audit.contact.assigned", first.getId())).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select detail from audit_event where actor = :actor and subject = 'audit.work.handed-over'""")
                .param("actor", team.manager()).query(String.class).list())
                .containsExactly(team.leaver() + " → " + team.firstColleague() + " 2/1");
    }

    @Test
    void spreadsFamiliesOverTheTeamFewestFirstAndTasksFollowTheirFamily() {
        TestStaff.Team team = staff.team();
        testFamilies.registeredBy(team.secondColleague(), "Overdracht");
        Family first = testFamilies.registeredBy(team.leaver(), "Overdracht");
        testFamilies.registeredBy(team.leaver(), "Overdracht");
        Family third = testFamilies.registeredBy(team.leaver(), "Overdracht");
        String firstTriage = staff.triageTakenBy(team.leaver(), team.code(), first.getId(),
                testFamilies.firstMemberOf(first));
        String thirdTriage = staff.triageTakenBy(team.leaver(), team.code(), third.getId(),
                testFamilies.firstMemberOf(third));

        as("beheer");
        WorkHandOver.HandOverResult result = handOver.spreadOverTeam(team.leaver());

        assertThat(result.shares()).extracting(share -> share.colleague().username(), WorkHandOver.Share::families)
                .containsExactly(tuple(team.firstColleague(), 2), tuple(team.secondColleague(), 1));
        assertThat(heldFamilies.heldBy(team.firstColleague())).isEqualTo(2);
        assertThat(heldFamilies.heldBy(team.secondColleague())).isEqualTo(2);
        assertThat(testTasks.assigneeOf(firstTriage)).isEqualTo(contactOf(first));
        assertThat(testTasks.assigneeOf(thirdTriage)).isEqualTo(contactOf(third));
        assertThat(held(team.leaver())).isZero();
        assertThat(jdbc.sql("select assigned_by from contact_person where family_id = :id and ended_at is null")
                .param("id", first.getId()).query(String.class).single()).isEqualTo("beheer");
    }

    @Test
    void refusesAConsultantAndAManagerOfAnotherTeamInTheService() {
        TestStaff.Team team = staff.team();
        Family family = testFamilies.registeredBy(team.leaver(), "Overdracht");

        for (String outsider : List.of(team.firstColleague(), "mohamed")) {
            as(outsider);
            assertThatThrownBy(() -> handOver.toColleague(team.leaver(), team.secondColleague()))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> handOver.spreadOverTeam(team.leaver())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> heldFamilies.handOver(family.getId(), team.leaver(), outsider))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> heldTasks.of(team.leaver())).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(held(team.leaver())).isEqualTo(1);
    }

    @Test
    void refusesAColleagueWhoIsNotAnActiveConsultantOfTheirTeams() {
        TestStaff.Team team = staff.team();
        testFamilies.registeredBy(team.leaver(), "Overdracht");
        staff.deactivate(team.secondColleague());
        as(team.manager());

        for (String target : List.of(team.manager(), team.secondColleague(), "carla", team.leaver())) {
            assertThatThrownBy(() -> handOver.toColleague(team.leaver(), target)).as(target)
                    .isInstanceOf(InvalidInput.class).hasMessage("handover.colleague.refused");
        }
        assertThat(handOver.colleaguesOf(team.leaver())).extracting(user -> user.username())
                .containsExactly(team.firstColleague());
        assertThat(held(team.leaver())).isEqualTo(1);
    }

    @Test
    void neverGivesAReviewToItsProposerAndSaysWhichTaskStayed() {
        String proposer = staff.user("voorsteller" + System.nanoTime() % 100_000, "Piet", "Voorsteller",
                Role.CONSULTANT, "jeugd");
        String leaver = staff.user("weg" + System.nanoTime() % 100_000, "Wim", "Weg", Role.CONSULTANT, "jeugd");
        Family family = testFamilies.registeredBy(proposer, "Overdracht");
        String review = testTasks.review(proposer, Law.JEUGDWET, family.getId(), testFamilies.firstMemberOf(family));
        testTasks.claimAs(leaver, review);

        as("marieke");
        WorkHandOver.HandOverResult toProposer = handOver.toColleague(leaver, proposer);

        assertThat(toProposer.left()).extracting(WorkHandOver.TaskLeft::taskId, WorkHandOver.TaskLeft::reason)
                .containsExactly(tuple(review, WorkHandOver.TaskLeft.Reason.NOT_OPEN_TO_COLLEAGUE));
        assertThat(testTasks.assigneeOf(review)).isEqualTo(leaver);
        assertThat(held(leaver)).isEqualTo(1);

        WorkHandOver.HandOverResult spread = handOver.spreadOverTeam(leaver);

        assertThat(spread.left()).isEmpty();
        assertThat(testTasks.assigneeOf(review)).isNotNull().isNotEqualTo(proposer).isNotEqualTo(leaver);
        assertThat(held(leaver)).isZero();
    }

    @Test
    void withdrawsAnOfferByNameThatColleaguesStillHaveAndKeepsOneOfferedToNobodyElse() {
        TestStaff.Team team = staff.team();
        Family family = testFamilies.registeredBy(team.firstColleague(), "Overdracht");
        String review = testTasks.review(team.firstColleague(), Law.JEUGDWET, family.getId(),
                testFamilies.firstMemberOf(family));
        String alone = testTasks.review(team.firstColleague(), Law.JEUGDWET, family.getId(),
                testFamilies.firstMemberOf(family));
        offerOnlyTo(review, team.leaver(), team.secondColleague());
        offerOnlyTo(alone, team.leaver());
        assertThat(heldTasks.heldBy(team.leaver())).as("offered to them by name").isEqualTo(2);

        as(team.manager());
        WorkHandOver.HandOverResult result = handOver.toColleague(team.leaver(), team.firstColleague());

        assertThat(result.withdrawn()).isEqualTo(1);
        assertThat(result.left()).extracting(WorkHandOver.TaskLeft::taskId, WorkHandOver.TaskLeft::reason)
                .containsExactly(tuple(alone, WorkHandOver.TaskLeft.Reason.OFFERED_TO_NOBODY_ELSE));
        assertThat(testTasks.assigneeOf(review)).as("still for the colleagues to take").isNull();
        assertThat(heldTasks.heldBy(team.secondColleague())).isEqualTo(1);
        assertThat(heldTasks.heldBy(team.leaver())).isEqualTo(1);
    }

    /** As the review's route would offer it in a team of these members: to them by name. */
    private void offerOnlyTo(String taskId, String... members) {
        taskService.getIdentityLinksForTask(taskId).stream().filter(link -> link.getUserId() != null)
                .forEach(link -> taskService.deleteCandidateUser(taskId, link.getUserId()));
        for (String member : members) {
            taskService.addCandidateUser(taskId, member);
        }
    }

    private long held(String username) {
        return heldWork.stream().mapToLong(work -> work.heldBy(username)).sum();
    }

    private String contactOf(Family family) {
        return jdbc.sql("select username from contact_person where family_id = :id and ended_at is null")
                .param("id", family.getId()).query(String.class).single();
    }

    private long audited(String actor, String subject, long familyId) {
        return jdbc.sql("""
                        select count(*) from audit_event where actor = :actor and subject = :subject
                        and family_id = :familyId""")
                .param("actor", actor).param("subject", subject).param("familyId", familyId)
                .query(Long.class).single();
    }

    private void as(String username) {
        SignIn.as(users, username);
    }
}
