package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestRegistered;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** A registration offered again (after a failure or a crash, base.AfterCommit) does not start a second route. */
@IntegrationTest
class RouteStartsOnceTest {

    @Autowired
    TestCases cases;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRegistrationOfferedAgainStartsNoSecondRoute() {
        Request request = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now());

        transaction.executeWithoutResult(status -> events.publishEvent(new RequestRegistered(request.getId(),
                request.getFamilyId(), request.getPersonId(), Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now(),
                false)));

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RequestRoute.PROCESS)
                .processInstanceBusinessKey(RequestRoute.businessKey(request.getId())).count()).isEqualTo(1);
    }
}
