package nl.gezinsplan.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Camunda on its own: a second engine in the same JVM, on a database of its own in the same PostgreSQL, with the
 * application's engine settings (full history, UUIDs, history time to live), deploying the same BPMN and DMN files and
 * running the request route's path as a plain Camunda client would: RuntimeService and TaskService, with the routing
 * facts as variables. The expressions the models name are Gezinsplan's beans; here they do only the engine's part:
 * the listeners that read our tables do nothing (the client passes what they would set), the planned dates come with
 * the start, the review is offered to the same candidates, and the grant starts the same care routes.
 */
final class BareEngine implements AutoCloseable {

    /** The models the path runs through, as the application deploys them. */
    private static final List<String> MODELS = List.of("bpmn/request.bpmn", "bpmn/approval.bpmn",
            "bpmn/approval-level.dmn", "bpmn/provision.bpmn", "bpmn/perspective-talk.bpmn");
    /** The listeners and delegates of the request's route and the care routes its grant starts. */
    private static final List<String> OUR_LISTENERS = List.of("triageRecorded", "researchRecorded",
            "applicationRecorded", "proposalFacts", "neeTenzijRecorded", "provisionalDecisionRecorded",
            "workTrackRecorded", "fourEyesRule", "provisionMeetingPlanning", "startMeetingRecorded",
            "checkMeetingRecorded", "evaluationRecorded", "helpAdjustment", "careEnding", "extensionRequest",
            "perspectiveTalkPlanning", "perspectiveTalkRecorded");

    private final HikariDataSource dataSource;
    private final ProcessEngine engine;

    /**
     * Starts the engine on {@code jdbcUrl}; {@code reviewers} are the candidates the application offers a youth
     * team's four-eyes review to.
     */
    BareEngine(String jdbcUrl, String user, String password, List<String> reviewers) {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("bare-engine");
        Map<Object, Object> beans = new HashMap<>();
        OUR_LISTENERS.forEach(name -> beans.put(name, Nothing.INSTANCE));
        beans.put("requestTerms", new Terms());
        beans.put("reviewCandidates", (TaskListener) task -> task.addCandidateUsers(reviewers));
        beans.put("grantDecision", (JavaDelegate) BareEngine::startCareRoutes);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory("full");
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setEnableCmdExceptionLogging(false);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(beans);
        engine = configuration.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bare");
        MODELS.forEach(deployment::addClasspathResource);
        deployment.deploy();
    }

    ProcessEngine engine() {
        return engine;
    }

    /** The dates Gezinsplan's RequestTerms would plan: with the bare engine they come with the start. */
    static Map<String, Object> plannedDates(LocalDate requestedOn) {
        Map<String, Object> dates = new HashMap<>();
        dates.putAll(term("research", requestedOn.plusWeeks(6), 7));
        dates.putAll(term("decision", requestedOn.plusWeeks(8), 14));
        return dates;
    }

    private static Map<String, Object> term(String step, LocalDate due, int remindDaysBefore) {
        return Map.of(step + "Due", date(due), step + "RemindAt", date(due.minusDays(remindDaysBefore)),
                step + "OverdueAt", date(due.plusDays(1)));
    }

    private static Date date(LocalDate day) {
        return java.sql.Timestamp.valueOf(day.atStartOfDay());
    }

    /** What the grant of the application's decision starts: the provision's route, and a youth's perspective talk. */
    private static void startCareRoutes(DelegateExecution execution) {
        var runtime = execution.getProcessEngineServices().getRuntimeService();
        long requestId = (Long) execution.getVariable("requestId");
        LocalDate start = LocalDate.now();
        LocalDate end = start.plusMonths(6);
        Map<String, Object> provision = new HashMap<>(Map.of("provisionId", requestId,
                "familyId", execution.getVariable("familyId"), "personId", execution.getVariable("personId"),
                "team", execution.getVariable("team"), "law", execution.getVariable("law"),
                "residential", execution.getVariable("residential"), "careStart", start.toString(),
                "careEnd", end.toString()));
        provision.putAll(Map.of("startMeetingDue", date(start.plusWeeks(2)), "checkAt", date(start.plusMonths(3)),
                "evaluationAt", date(start.plusMonths(3)), "evaluationDue", date(end)));
        runtime.startProcessInstanceByKey("provision", "provision-" + requestId, provision);
        LocalDate birthDate = start.minusYears(12);
        runtime.startProcessInstanceByKey("perspectiveTalk", "person-" + execution.getVariable("personId"), Map.of(
                "familyId", execution.getVariable("familyId"), "personId", execution.getVariable("personId"),
                "birthDate", birthDate.toString(), "talkNow", false,
                "talkAt", date(birthDate.plusYears(16).plusMonths(6)), "talkDue", date(birthDate.plusYears(18)),
                "escalateAt", date(birthDate.plusYears(18).minusMonths(3))));
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }

    /** A listener or delegate of ours whose effect the bare client supplies itself. */
    private static final class Nothing implements TaskListener, JavaDelegate, ExecutionListener {

        static final Nothing INSTANCE = new Nothing();

        @Override
        public void notify(DelegateTask task) {
        }

        @Override
        public void execute(DelegateExecution execution) {
        }

        @Override
        public void notify(DelegateExecution execution) {
        }
    }

    /** The expressions the request model calls on Gezinsplan's RequestTerms; the dates come with the start. */
    public static final class Terms {

        public void planResearch(DelegateExecution execution) {
        }

        public void planDecision(DelegateExecution execution) {
        }

        public String consentReminderAfter() {
            return "P2W";
        }

        public String applicationReminderAfter() {
            return "P2W";
        }
    }
}
