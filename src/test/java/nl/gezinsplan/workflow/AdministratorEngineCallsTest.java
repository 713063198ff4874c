package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.TriageOutcome;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.security.DemoUsers;
import nl.gezinsplan.security.Role;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The administrator's login on the engine's REST API, against the four-eyes rule and the requests' routes: looking is
 * allowed, changing a case is refused with 403, and every call that may change something is on the audit trail. The
 * webapps' API reaches the same engine commands, and is audited by the same filter.
 */
@IntegrationTest
class AdministratorEngineCallsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestRoutes routes;

    @Autowired
    TestCases cases;

    @Autowired
    RequestRoute route;

    @Autowired
    Requests requests;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    MockMvc mvc;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAdministratorCannotCompleteClaimAssignOrDelegateAReviewOrAnApproval() throws Exception {
        for (double costPerYear : new double[] {12_000, 30_000}) {
            Task task = approvalTaskOf(proposed(costPerYear));
            String path = "/engine-rest/task/" + task.getId();

            assertRefusedAndAudited("POST", path + "/complete",
                    "{\"variables\": {\"approved\": {\"value\": true, \"type\": \"Boolean\"}}}");
            assertRefusedAndAudited("POST", path + "/claim", "{\"userId\": \"beheer\"}");
            assertRefusedAndAudited("POST", path + "/assignee", "{\"userId\": \"bram\"}");
            assertRefusedAndAudited("POST", path + "/delegate", "{\"userId\": \"beheer\"}");
            assertRefusedAndAudited("PUT", path, "{\"name\": \"x\", \"assignee\": \"beheer\"}");

            Task after = tasks.createTaskQuery().taskId(task.getId()).singleResult();
            assertThat(after).as("still open").isNotNull();
            assertThat(after.getAssignee()).isNull();
        }
    }

    @Test
    void theAdministratorStillReadsTheEngineAndRetriesJobsOnTheAuditTrail() throws Exception {
        Task review = approvalTaskOf(proposed(12_000));
        Request researched = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        route.triage(routes.taskOf(researched), TriageOutcome.RESEARCH, Set.of(), null);
        String reminder = management.createJobQuery().processInstanceId(routeOf(researched)).list().get(0).getId();

        for (String read : List.of("/engine-rest/task/" + review.getId(), "/engine-rest/task/" + review.getId()
                        + "/variables", "/engine-rest/process-instance/" + review.getProcessInstanceId()
                        + "/activity-instances", "/engine-rest/process-instance/" + routeOf(researched) + "/variables",
                "/engine-rest/process-definition/key/approval/xml", "/engine-rest/history/process-instance?maxResults=5",
                "/engine-rest/incident", "/engine-rest/job?maxResults=5", "/engine-rest/decision-definition")) {
            assertThat(call("GET", read, null, "beheer").statusCode()).as(read).isEqualTo(200);
        }
        HttpResponse<String> query = call("POST", "/engine-rest/task", "{\"taskId\": \"" + review.getId() + "\"}", "beheer");
        HttpResponse<String> retry = call("PUT", "/engine-rest/job/" + reminder + "/retries", "{\"retries\": 3}", "beheer");

        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(query.body()).contains(review.getId());
        assertThat(auditedActions("beheer", "POST /engine-rest/task -> 200")).as("a query changes nothing").isEmpty();
        assertThat(retry.statusCode()).isEqualTo(204);
        assertThat(auditedActions("beheer", "PUT /engine-rest/job/" + reminder + "/retries -> 204"))
                .containsExactly("UPDATE");
    }

    @Test
    void overwritingTheProposerVariableChangesNothing() throws Exception {
        Request request = proposed(12_000);
        Task review = approvalTaskOf(request);

        assertRefusedAndAudited("PUT", "/engine-rest/process-instance/" + review.getProcessInstanceId()
                + "/variables/proposer", "{\"value\": \"bram\", \"type\": \"String\"}");
        assertRefusedAndAudited("POST", "/engine-rest/task/" + review.getId() + "/variables",
                "{\"modifications\": {\"proposer\": {\"value\": \"bram\", \"type\": \"String\"}}}");

        // even a client that could change the variable does not get the proposer past the rule
        runtime.setVariable(review.getProcessInstanceId(), "proposer", "bram");
        assertThatThrownBy(() -> tasks.claim(review.getId(), "anna"))
                .hasRootCauseInstanceOf(AuthorizationException.class).hasMessageContaining("four-eyes");
        assertThat(tasks.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void theProposerIsRecognisedWhateverTheCaseOfTheName() {
        Task review = approvalTaskOf(proposed(12_000));

        assertThatThrownBy(() -> tasks.claim(review.getId(), "ANNA"))
                .hasRootCauseInstanceOf(AuthorizationException.class).hasMessageContaining("four-eyes");
    }

    @Test
    void theAdministratorsLoginInCapitalsActsAsTheAdministrator() throws Exception {
        Task review = approvalTaskOf(proposed(12_000));
        String path = "/engine-rest/task/" + review.getId() + "/claim";

        assertThat(call("POST", path, "{\"userId\": \"BEHEER\"}", "BEHEER").statusCode()).isEqualTo(403);

        assertThat(auditedActions("beheer", "POST " + path + " -> 403")).containsExactly("DENIED");
    }

    @Test
    void deletingOrChangingARequestsRouteIsRefusedAndTheRequestKeepsItsRoute() throws Exception {
        Request request = proposed(12_000);
        String routeId = routeOf(request);
        String path = "/engine-rest/process-instance/" + routeId;

        assertRefusedAndAudited("DELETE", path, null);
        assertRefusedAndAudited("DELETE", path + "?skipCustomListeners=true", null);
        assertRefusedAndAudited("POST", "/engine-rest/process-instance/delete",
                "{\"processInstanceIds\": [\"" + routeId + "\"], \"deleteReason\": \"opruimen\"}");
        assertRefusedAndAudited("POST", path + "/modification",
                "{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \"approval\"}]}");
        assertRefusedAndAudited("PUT", path + "/suspended", "{\"suspended\": true}");
        assertRefusedAndAudited("POST", "/engine-rest/message",
                "{\"messageName\": \"FamilyAgreedToPlan\", \"businessKey\": \"" + RequestRoute.businessKey(request.getId()) + "\"}");

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(routeId).active().count()).isEqualTo(1);
        SignIn.as(users, "anna");
        assertThat(requests.get(request.getId()).isOpen()).isTrue();
        assertThat(route.openTaskOf(request.getId())).isPresent();
    }

    @Test
    void callsToTheWebappsApiThatMayChangeSomethingAreAuditedToo() throws Exception {
        String path = "/camunda/api/engine/engine/default/task/some-task/complete";

        mvc.perform(MockMvcRequestBuilders.post(path).with(user("anna").roles(Role.CONSULTANT_NAME)))
                .andExpect(status().isForbidden());

        assertThat(auditedActions("anna", "POST " + path + " -> 403")).containsExactly("DENIED");
    }

    /** A youth-care proposal of anna, past the "nee, tenzij" check: at the four-eyes review, or the manager's. */
    private Request proposed(double costPerYear) {
        Request request = routes.consented(Law.JEUGDWET);
        cases.propose(request, costPerYear, 6, false);
        route.completeProposal(routes.taskOf(request), "Passend bij wat het gezin nodig heeft");
        route.checkNeeTenzij(routes.taskOf(request), NeeTenzijOutcome.YES, List.of(), null, null);
        SecurityContextHolder.clearContext();
        return request;
    }

    private String routeOf(Request request) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(RequestRoute.PROCESS)
                .processInstanceBusinessKey(RequestRoute.businessKey(request.getId())).singleResult().getId();
    }

    private Task approvalTaskOf(Request request) {
        return tasks.createTaskQuery().processDefinitionKey("approval")
                .processInstanceBusinessKey(RequestRoute.businessKey(request.getId())).singleResult();
    }

    private void assertRefusedAndAudited(String method, String path, String body) throws Exception {
        HttpResponse<String> response = call(method, path, body, "beheer");
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(403);
        assertThat(response.body()).contains("Administrators may read the engine");
        assertThat(auditedActions("beheer", method + " " + path + " -> 403")).as("audited").containsExactly("DENIED");
    }

    private List<String> auditedActions(String actor, String detail) {
        return jdbc.sql("select action from audit_event where actor = :actor and subject = 'audit.engine.call'"
                        + " and detail = :detail and family_id is null")
                .param("actor", actor)
                .param("detail", detail)
                .query(String.class)
                .list();
    }

    private HttpResponse<String> call(String method, String path, String body, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
