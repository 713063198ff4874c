package nl.gezinsplan.workspace;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.security.Role;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Staff for hand-over tests: a new team of its own with a member who leaves, two colleagues and a manager, so that
 * counts and the spread over the team do not depend on what other tests left behind.
 */
@Component
public class TestStaff {

    private static final AtomicInteger TEAMS = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final TaskService tasks;

    TestStaff(JdbcClient jdbc, RuntimeService runtime, TaskService tasks) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** The colleagues' last names sort them: the first colleague before the second. */
    public record Team(String code, String leaver, String firstColleague, String secondColleague, String manager) {
    }

    public Team team() {
        int number = TEAMS.incrementAndGet();
        String code = "overdracht" + number;
        jdbc.sql("insert into team (code, name) values (:code, :name)")
                .param("code", code).param("name", "Overdracht " + number).update();
        return new Team(code,
                user("vertrek" + number, "Vera", "Vertrek", Role.CONSULTANT, code),
                user("aa" + number, "Ada", "Aalders", Role.CONSULTANT, code),
                user("bb" + number, "Bas", "Bosman", Role.CONSULTANT, code),
                user("leider" + number, "Lia", "Leider", Role.MANAGER, code));
    }

    /** A new account in the teams; its user name. */
    public String user(String username, String firstName, String lastName, Role role, String... teams) {
        long id = jdbc.sql("""
                        insert into user_account (username, first_name, last_name, email, password_hash, role)
                        values (:username, :firstName, :lastName, :email, 'not-for-login', :role) returning id""")
                .param("username", username).param("firstName", firstName).param("lastName", lastName)
                .param("email", username + "@gezinsplan.example").param("role", role.name())
                .query(Long.class).single();
        for (String team : teams) {
            jdbc.sql("insert into team_member (user_account, team_code) values (:id, :team)")
                    .param("id", id).param("team", team).update();
        }
        return username;
    }

    public void deactivate(String username) {
        jdbc.sql("update user_account set enabled = false where username = :username")
                .param("username", username).update();
    }

    /** A triage of the team for the family, as its request route offers it, taken by {@code assignee}. */
    public String triageTakenBy(String assignee, String team, long familyId, long personId) {
        String route = runtime.createProcessInstanceByKey("request").startBeforeActivity("triage")
                .setVariables(Map.of("familyId", familyId, "personId", personId, "law", Law.JEUGDWET.name(),
                        "team", team, "requestId", 0L))
                .execute().getId();
        String task = tasks.createTaskQuery().processInstanceId(route).singleResult().getId();
        tasks.claim(task, assignee);
        return task;
    }
}
