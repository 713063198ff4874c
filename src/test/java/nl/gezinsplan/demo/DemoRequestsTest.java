package nl.gezinsplan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.gezinsplan.IntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DemoRequestsTest {

    @Autowired
    DemoRequests demoRequests;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachDemoConsultantHasRequestsAtEachStepOfTheRoute() {
        demoRequests.putOnTheRoute();

        for (String consultant : List.of("anna", "carla", "daan")) {
            List<Long> registered = jdbc.sql("select id from request where registered_by = :consultant and status = 'OPEN'")
                    .param("consultant", consultant).query(Long.class).list();
            List<String> steps = registered.stream()
                    .flatMap(id -> tasks.createTaskQuery().processInstanceBusinessKey("request-" + id).list().stream())
                    .map(Task::getTaskDefinitionKey)
                    .toList();
            assertThat(steps).as(consultant).contains("triage", "research", "proposeProvision");
            assertThat(steps).as(consultant).containsAnyOf("reviewProposal", "approveByManager");
        }
        long familyOfSanne = jdbc.sql("select family_id from family_account where username = 'sanne'")
                .query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from request where family_id = :id and status = 'OPEN'")
                .param("id", familyOfSanne).query(Long.class).single())
                .as("the demo family member's family has a request waiting for consent to its plan").isOne();
        assertThat(tasks.createTaskQuery().processVariableValueEquals("familyId", familyOfSanne).count())
                .as("no task while the route waits for the family").isZero();
        assertThat(jdbc.sql("""
                        select p.first_name || ' ' || p.last_name || ' / ' || f.name from family_account a
                        join person p on p.id = a.person_id join family f on f.id = a.family_id
                        where a.username = 'sanne'""").query(String.class).single())
                .as("the login Sanne Mulder is the parent Sanne Mulder of the family Mulder")
                .isEqualTo("Sanne Mulder / Mulder");
        assertThat(jdbc.sql("""
                        select max(v.volume * v.tariff * case v.frequency when 'PER_WEEK' then 52
                                   when 'PER_MONTH' then 12 else 1 end)
                        from provision v join request r on r.id = v.request_id
                        where r.registered_by in ('anna', 'carla', 'daan')
                          and r.description = 'Gezin vraagt ondersteuning'""").query(BigDecimal.class).single())
                .as("what a demo proposal costs a year, as the approver sees it").isLessThan(new BigDecimal("30000"));
    }
}
