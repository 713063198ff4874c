package nl.gezinsplan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.TestClock;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.workflow.TestTasks;
import nl.gezinsplan.workspace.TestStaff;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The notifications about tasks: given to someone, escalated to the team's managers, due soon or overdue. */
@IntegrationTest
class TaskNoticesTest {

    @Autowired
    TaskNotices taskNotices;

    @Autowired
    TestStaff staff;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtime;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void tellsWhomATaskIsHandedToButNotWhoClaimsItThemselves() {
        TestStaff.Team team = staff.team();
        Family family = testFamilies.registeredBy(team.firstColleague(), "Melding");
        String triage = triageOf(team.code(), family);

        as(team.firstColleague());
        taskService.claim(triage, team.firstColleague());
        assertThat(told(team.firstColleague())).isEmpty();

        as(team.manager());
        taskService.setAssignee(triage, team.secondColleague());
        assertThat(told(team.secondColleague())).containsExactly(
                tuple(NotificationKind.TASK_ASSIGNED, "Triage", "taak/" + triage, family.getId()));
        assertThat(told(team.manager())).isEmpty();

        as(team.secondColleague());
        taskService.setAssignee(triage, null);
        assertThat(told(team.secondColleague())).hasSize(1);
    }

    @Test
    void tellsTheProposerWhenTheRouteGivesThemTheRevisionOfARejectedProposal() {
        String proposer = staff.user("voorstel" + System.nanoTime() % 1_000_000, "Piet", "Voorstel",
                Role.CONSULTANT, "jeugd");
        String reviewer = staff.user("toets" + System.nanoTime() % 1_000_000, "Toos", "Toets", Role.CONSULTANT,
                "jeugd");
        Family family = testFamilies.registeredBy(proposer, "Melding");
        String review = testTasks.review(proposer, Law.JEUGDWET, family.getId(), testFamilies.firstMemberOf(family));
        String approval = taskService.createTaskQuery().taskId(review).singleResult().getProcessInstanceId();

        as(reviewer);
        taskService.claim(review, reviewer);
        taskService.complete(review, Map.of("approved", false, "reason", "Eerst het netwerk inzetten"));

        String revise = testTasks.taskOf(approval);
        assertThat(told(proposer)).containsExactly(
                tuple(NotificationKind.TASK_ASSIGNED, "Voorstel aanpassen", "taak/" + revise, family.getId()));
        assertThat(told(reviewer)).isEmpty();
    }

    @Test
    void tellsTheManagersOfTheTeamOfAnEscalationAndNobodyElse() {
        TestStaff.Team team = staff.team();
        TestStaff.Team otherTeam = staff.team();
        Family family = testFamilies.registeredBy(team.firstColleague(), "Melding");

        String escalation = testTasks.taskOf(runtime.createProcessInstanceByKey("request")
                .startBeforeActivity("researchTermExceeded")
                .setVariables(Map.of("familyId", family.getId(), "personId", testFamilies.firstMemberOf(family),
                        "law", Law.JEUGDWET.name(), "team", team.code(), "requestId", 0L))
                .execute().getId());

        assertThat(told(team.manager())).containsExactly(tuple(NotificationKind.ESCALATION,
                "Termijn onderzoek overschreden", "taak/" + escalation, family.getId()));
        assertThat(told(team.firstColleague())).isEmpty();
        assertThat(told(otherTeam.manager())).isEmpty();
    }

    @Test
    void tellsTheAssigneeOnceOfATaskDueWithinTwoDaysAndOnceWhenItIsOverdue() {
        TestStaff.Team team = staff.team();
        Family family = testFamilies.registeredBy(team.firstColleague(), "Melding");
        String triage = triageOf(team.code(), family);
        String later = triageOf(team.code(), family);
        as(team.firstColleague());
        taskService.claim(triage, team.firstColleague());
        taskService.claim(later, team.firstColleague());
        SecurityContextHolder.clearContext();
        LocalDate today = LocalDate.now(clock);
        testTasks.due(triage, today.plusDays(2));
        testTasks.due(later, today.plusDays(3));

        taskNotices.scanDueTasks();
        taskNotices.scanDueTasks();
        assertThat(told(team.firstColleague())).containsExactly(
                tuple(NotificationKind.TASK_DUE_SOON, "Triage", "taak/" + triage, family.getId()));

        clock.moveTo(today.plusDays(3));
        taskNotices.scanDueTasks();
        clock.moveTo(today.plusDays(4));
        taskNotices.scanDueTasks();
        assertThat(told(team.firstColleague())).extracting(row -> row.toList().get(0), row -> row.toList().get(2))
                .containsExactlyInAnyOrder(
                        tuple(NotificationKind.TASK_DUE_SOON, "taak/" + triage),
                        tuple(NotificationKind.TASK_OVERDUE, "taak/" + triage),
                        tuple(NotificationKind.TASK_DUE_SOON, "taak/" + later),
                        tuple(NotificationKind.TASK_OVERDUE, "taak/" + later));
    }

    private String triageOf(String team, Family family) {
        return testTasks.taskOf(runtime.createProcessInstanceByKey("request").startBeforeActivity("triage")
                .setVariables(Map.of("familyId", family.getId(), "personId", testFamilies.firstMemberOf(family),
                        "law", Law.JEUGDWET.name(), "team", team, "requestId", 0L))
                .execute().getId());
    }

    private List<org.assertj.core.groups.Tuple> told(String username) {
        return jdbc.sql("select kind, about, link, family_id from notification where username = lower(:u) order by id")
                .param("u", username)
                .query((rs, row) -> tuple(NotificationKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class)))
                .list();
    }

    private void as(String username) {
        SignIn.as(users, username);
    }
}
