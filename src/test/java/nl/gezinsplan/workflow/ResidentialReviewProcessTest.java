package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.casework.Catalogue;
import nl.gezinsplan.casework.Frequency;
import nl.gezinsplan.casework.ProductFilter;
import nl.gezinsplan.casework.Provision;
import nl.gezinsplan.casework.ProvisionDraft;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** bpmn/residential-review.bpmn: every month a task per residential provision ending within three months. */
@IntegrationTest
class ResidentialReviewProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    Families families;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Provisions provisions;

    @Autowired
    ProvisionRoute route;

    @BeforeEach
    void useTheApplicationsEngine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClockAndLogout() {
        ClockUtil.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theMonthlyTimerAsksTheYouthTeamAboutEachResidentialProvisionEndingWithinThreeMonths() {
        LocalDate today = EngineDates.today();
        Family family = testFamilies.registeredBy("anna", "Verblijf");
        Person youth = families.addPerson(family.getId(),
                testFamilies.person("Noor", "Verblijf", today.minusYears(15), FamilyRole.CHILD));
        Provision endingSoon = allocate(family, youth, "43A01", today.plusMonths(2));
        Provision endingLater = allocate(family, youth, "43A01", today.plusMonths(5));
        Provision ambulant = allocate(family, youth, "45A01", today.plusMonths(1));
        SecurityContextHolder.clearContext();

        Job monthlyTimer = engine.getManagementService().createJobQuery()
                .processDefinitionKey("residentialReview").timers().singleResult();
        engine.getManagementService().executeJob(monthlyTimer.getId());

        Map<Long, Map<String, Object>> asked = askedProvisions();
        assertThat(asked).containsKey(endingSoon.getId()).doesNotContainKeys(endingLater.getId(), ambulant.getId());
        assertThat(asked.get(endingSoon.getId()))
                .containsEntry("familyId", family.getId())
                .containsEntry("personId", youth.getId());
    }

    @Test
    void theTaskMovesOnOnlyWithTheProvidersAnswerRecordedWithTheProvision() {
        LocalDate today = EngineDates.today();
        Family family = testFamilies.registeredBy("anna", "Uitstroom");
        Person youth = families.addPerson(family.getId(),
                testFamilies.person("Sem", "Uitstroom", today.minusYears(15), FamilyRole.CHILD));
        Provision endingSoon = allocate(family, youth, "43A01", today.plusMonths(1));
        engine.getRuntimeService().startProcessInstanceByKey("residentialReview");
        Task task = engine.getTaskService().createTaskQuery().taskDefinitionKey("askExitPerspective").list().stream()
                .filter(asked -> endingSoon.getId().equals(
                        engine.getTaskService().getVariableLocal(asked.getId(), "provisionId")))
                .findFirst().orElseThrow();
        engine.getTaskService().claim(task.getId(), "anna");

        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId()))
                .hasRootCauseMessage("casework.provision.exit-perspective.required");

        route.recordExitPerspective(task.getId(), "Terug naar huis met ambulante begeleiding");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
    }

    @Test
    void withoutResidentialCareEndingSoonTheReviewEndsWithoutTasks() {
        // long before any provision in the database, the demo families' included
        ClockUtil.setCurrentTime(java.sql.Date.valueOf(LocalDate.of(1990, 1, 15)));

        ProcessInstance review = engine.getRuntimeService().startProcessInstanceByKey("residentialReview");

        assertThat(review).isEnded().hasPassed("exitPerspectivesAsked");
    }

    private Provision allocate(Family family, Person youth, String productCode, LocalDate end) {
        long product = catalogue.products(new ProductFilter(null, false, productCode), 0, 1).get(0).getId();
        long provider = catalogue.providersOf(product).get(0).getId();
        return provisions.allocate(family.getId(), new ProvisionDraft(youth.getId(), product, provider,
                BigDecimal.ONE, Frequency.PER_WEEK, end.minusYears(1), end, null, null));
    }

    /** The asked provisions by id, each with the variables of its task (of any review: other tests start some too). */
    private Map<Long, Map<String, Object>> askedProvisions() {
        List<Task> tasks = engine.getTaskService().createTaskQuery().taskDefinitionKey("askExitPerspective")
                .taskCandidateGroup("jeugd").list();
        return tasks.stream()
                .map(task -> engine.getTaskService().getVariablesLocal(task.getId()))
                .collect(java.util.stream.Collectors.toMap(variables -> (Long) variables.get("provisionId"),
                        variables -> variables, (first, again) -> first));
    }
}
