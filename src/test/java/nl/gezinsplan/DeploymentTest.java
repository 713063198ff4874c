package nl.gezinsplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.Yaml;

/**
 * What can be checked of docker-compose.yml and the Dockerfile without a Docker engine: the compose file parses and
 * wires PostgreSQL 17 to the app with health checks and a named volume, the image builds the jar this build makes,
 * and the health check the containers use answers.
 */
@IntegrationTest
class DeploymentTest {

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void composeStartsPostgres17AndTheAppForRealWithHealthChecksAndANamedVolume() throws IOException {
        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            compose = new Yaml().load(reader);
        }
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        Map<String, Object> postgres = services.get("postgres");
        Map<String, Object> app = services.get("app");

        assertThat(postgres.get("image")).isEqualTo("postgres:17");
        assertThat(postgres).containsKey("healthcheck");
        assertThat((List<String>) postgres.get("volumes")).containsExactly("gezinsplan-db:/var/lib/postgresql/data");
        assertThat((Map<String, Object>) compose.get("volumes")).containsKey("gezinsplan-db");

        assertThat(app.get("build")).isEqualTo(".");
        assertThat(app).containsKey("healthcheck");
        assertThat((Map<String, Object>) app.get("depends_on"))
                .containsEntry("postgres", Map.of("condition", "service_healthy"));
        assertThat((Map<String, String>) app.get("environment"))
                .containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/gezinsplan")
                .as("for real: demo off, the first administrator from variables")
                .containsEntry("GEZINSPLAN_DEMO", "${GEZINSPLAN_DEMO:-false}")
                .containsEntry("GEZINSPLAN_ADMIN_USERNAME", "${GEZINSPLAN_ADMIN_USERNAME:-beheerder}")
                .containsEntry("GEZINSPLAN_ADMIN_PASSWORD", "${GEZINSPLAN_ADMIN_PASSWORD:-}");
        String databasePassword = "${GEZINSPLAN_DB_PASSWORD:?set GEZINSPLAN_DB_PASSWORD to the database password}";
        assertThat(((Map<String, String>) postgres.get("environment")).get("POSTGRES_PASSWORD"))
                .as("compose refuses to start without a database password").isEqualTo(databasePassword);
        assertThat(((Map<String, String>) app.get("environment")).get("SPRING_DATASOURCE_PASSWORD"))
                .isEqualTo(databasePassword);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theClusterComposeStartsTwoNodesOnOnePostgresBehindHaproxyWithStickySessions() throws IOException {
        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.cluster.yml"))) {
            compose = new Yaml().load(reader);
        }
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsOnlyKeys("postgres", "node1", "node2", "haproxy");
        assertThat(services.get("postgres").get("image")).isEqualTo("postgres:17");
        for (String node : List.of("node1", "node2")) {
            Map<String, Object> app = services.get(node);
            assertThat(app.get("build")).isEqualTo(".");
            assertThat(app).containsKey("healthcheck");
            assertThat((Map<String, String>) app.get("environment"))
                    .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/gezinsplan")
                    .containsEntry("GEZINSPLAN_DEMO", "${GEZINSPLAN_DEMO:-false}")
                    .containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "native")
                    .containsEntry("SPRING_APPLICATION_JSON",
                            "{\"camunda.bpm.generic-properties.properties.hostname\": \"" + node + "\"}");
            assertThat((List<String>) app.get("volumes")).as("one two-factor key for both")
                    .containsExactly("gezinsplan-keys:/app/data");
        }
        Map<String, Object> haproxy = services.get("haproxy");
        assertThat(haproxy.get("image")).isEqualTo("haproxy:2.6");
        assertThat((List<String>) haproxy.get("volumes"))
                .containsExactly("./deploy/cluster/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro");
        assertThat((Map<String, String>) haproxy.get("environment"))
                .containsEntry("GEZINSPLAN_NODE1", "node1:8080").containsEntry("GEZINSPLAN_NODE2", "node2:8080");

        assertThat(Files.readString(Path.of("deploy/cluster/haproxy.cfg")))
                .contains("cookie GEZINSPLAN_NODE insert indirect nocache httponly")
                .contains("option httpchk GET /actuator/health/readiness")
                .contains("option redispatch")
                .contains("timeout tunnel");
    }

    @Test
    void theImageBuildsAndRunsTheProductionJar() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));

        assertThat(dockerfile)
                .contains("RUN mvn -B -Pproduction -DskipTests package")
                .contains("COPY --from=build /src/target/gezinsplan.jar gezinsplan.jar")
                .contains("ENTRYPOINT [\"java\", \"-jar\", \"/app/gezinsplan.jar\"]");
        for (String source : List.of("pom.xml", "bpmn", "frontend", "src")) {
            assertThat(dockerfile).contains("COPY " + source + " ");
        }
    }

    @Test
    void theHealthCheckAnswersWithoutLogin() throws Exception {
        HttpResponse<String> readiness = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
    }
}
