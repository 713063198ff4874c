package nl.gezinsplan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a throw-away embedded PostgreSQL, served on a random port. Every integration test
 * uses exactly this, so the suite starts one Spring context and shares it. The engine records process test
 * coverage (reports in target/process-test-coverage). The application's clock is a {@link TestClock} that a test
 * can move; mail goes over SMTP to the {@link TestMailServer}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gezinsplan.database.data-dir=",
                // tests run timer jobs themselves; a job executor racing them for the same job makes tests flaky
                "camunda.bpm.job-execution.enabled=false",
                // the engine's coverage recorder refuses work outside a test; DemoRequestsTest puts them on the route
                "gezinsplan.demo.requests=false",
                // as behind a reverse proxy: X-Forwarded-For and -Proto from localhost are honoured (WebDefencesTest)
                "server.forward-headers-strategy=native",
                // two-factor secrets encrypted with a key in memory, not one written to the working copy's data folder
                "gezinsplan.security.mfa.key-file=",
                // mail goes to GreenMail (TestMailServer); tests run the outbox's sender themselves
                "gezinsplan.mail.send-every=PT1H", "logging.level.com.icegreen=warn"})
@AutoConfigureMockMvc
@Import({ProcessEngineCoverageConfiguration.class, TestClock.class, TestMailServer.class})
public @interface IntegrationTest {
}
