package nl.gezinsplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.gezinsplan.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The engine's REST API and webapps over real HTTP: administrators only. */
@IntegrationTest
class EngineAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void restApiRefusesAnonymousCallers() throws Exception {
        assertThat(get("/engine-rest/engine", null).statusCode()).isEqualTo(401);
    }

    @Test
    void restApiRefusesEveryRoleButAdministrator() throws Exception {
        for (String user : new String[] {"anna", "marieke", "sanne"}) {
            assertThat(get("/engine-rest/process-definition", user).statusCode()).as(user).isEqualTo(403);
        }
    }

    @Test
    void restApiServesTheAdministratorWithUsersAndGroupsFromOurDirectory() throws Exception {
        HttpResponse<String> engines = get("/engine-rest/engine", "beheer");
        assertThat(engines.statusCode()).isEqualTo(200);
        assertThat(engines.body()).contains("default");

        HttpResponse<String> jeugd = get("/engine-rest/user?memberOfGroup=jeugd", "beheer");
        assertThat(jeugd.statusCode()).isEqualTo(200);
        assertThat(jeugd.body()).contains("\"anna\"", "\"bram\"").doesNotContain("\"carla\"");
    }

    @Test
    void restApiRefusesAWrongPassword() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/engine-rest/engine"))
                .header("Authorization", basic("beheer", "wrong")).build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void webappsSendAnonymousBrowsersToTheLoginPageAndRefuseAnonymousApiCalls() throws Exception {
        HttpResponse<String> cockpit = get("/camunda/app/cockpit/default/", null);
        assertThat(cockpit.statusCode()).isEqualTo(302);
        assertThat(cockpit.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/inloggen"));

        assertThat(get("/camunda/api/engine/engine/", null).statusCode()).isEqualTo(401);
    }

    @Test
    void webappsRefuseLoggedInUsersWhoAreNotAdministrators() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/camunda/app/cockpit/default/").with(user("anna").roles(Role.CONSULTANT_NAME)))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/camunda/app/cockpit/default/").with(user("beheer").roles(Role.ADMIN_NAME)))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (user != null) {
            request.header("Authorization", basic(user, DemoUsers.PASSWORD));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
