package nl.gezinsplan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A crisis gets a provisional decision (voorlopige voorziening) at once: care granted for a short period, once, with
 * the reason why; the request refuses it otherwise, whoever records it.
 */
@IntegrationTest
class ProvisionalDecisionTest {

    private static final String WHY = "Moeder is opgenomen; Kim kan niet thuis blijven zonder hulp.";

    @Autowired
    TestCases cases;

    @Autowired
    Requests requests;

    @Autowired
    RequestSteps steps;

    @Autowired
    Provisions provisions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void grantsTheProposedCareAtOnceForTheProvisionalPeriodAtMost() {
        Request request = crisis();
        Provision provision = cases.propose(request, 1_000, 6, false);

        steps.decideProvisionally(request.getId(), WHY);

        LocalDate today = LocalDate.now();
        Request decided = requests.get(request.getId());
        assertThat(decided.isDecidedProvisionally()).isTrue();
        assertThat(decided.getProvisionalOn()).isEqualTo(today);
        assertThat(decided.getProvisionalUntil()).isEqualTo(today.plusWeeks(4));
        assertThat(decided.getProvisionalBy()).isEqualTo("anna");
        assertThat(decided.getProvisionalMotivation()).isEqualTo(WHY);
        assertThat(decided.isOpen()).as("the full route follows").isTrue();
        assertThat(provisionOf(provision)).isEqualTo(new Row("GRANTED", true, today.plusWeeks(4)));
    }

    @Test
    void refusesAProvisionalDecisionOutsideACrisis() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        cases.propose(request, 1_000, 6, false);

        assertThatThrownBy(() -> steps.decideProvisionally(request.getId(), WHY))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.provisional.not-crisis");
        assertThat(requests.get(request.getId()).isDecidedProvisionally()).isFalse();
    }

    @Test
    void refusesAProvisionalDecisionWithoutCareOrWithoutTheReason() {
        Request request = crisis();
        assertThatThrownBy(() -> steps.decideProvisionally(request.getId(), WHY))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.provisional.empty");

        cases.propose(request, 1_000, 6, false);
        assertThatThrownBy(() -> steps.decideProvisionally(request.getId(), " "))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.provisional.motivation.required");
        assertThat(requests.get(request.getId()).isDecidedProvisionally()).isFalse();
    }

    @Test
    void refusesASecondProvisionalDecision() {
        Request request = crisis();
        cases.propose(request, 1_000, 6, false);
        steps.decideProvisionally(request.getId(), WHY);
        cases.propose(request, 500, 6, false);

        assertThatThrownBy(() -> steps.decideProvisionally(request.getId(), WHY))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.provisional.already");
    }

    @Test
    void refusesProvisionalCareThatWouldOnlyStartAfterTheProvisionalPeriod() {
        Request request = crisis();
        Product product = cases.productOf(Law.JEUGDWET);
        LocalDate late = LocalDate.now().plusWeeks(5);
        cases.propose(request, 1_000, 6, false);
        Provision later = provisions.propose(request.getId(), new ProvisionDraft(request.getPersonId(),
                product.getId(), cases.providerOf(product).getId(), BigDecimal.TEN, Frequency.ONCE, late,
                late.plusMonths(1), null, null));

        assertThatThrownBy(() -> steps.decideProvisionally(request.getId(), WHY))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.provisional.starts-too-late");
        assertThat(provisionOf(later).status()).isEqualTo("PROPOSED");
        assertThat(requests.get(request.getId()).isDecidedProvisionally()).isFalse();
    }

    @Test
    void refusesAConsultantOfAnotherTeam() {
        Request request = crisis();
        cases.propose(request, 1_000, 6, false);
        SignIn.as(users, "carla");

        assertThatThrownBy(() -> steps.decideProvisionally(request.getId(), WHY))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Request crisis() {
        return cases.request(Law.JEUGDWET, Referrer.CRISIS, Urgency.CRISIS, LocalDate.now());
    }

    private Row provisionOf(Provision provision) {
        return jdbc.sql("select status, provisional, allocation_end from provision where id = :id")
                .param("id", provision.getId())
                .query((rs, row) -> new Row(rs.getString("status"), rs.getBoolean("provisional"),
                        rs.getObject("allocation_end", LocalDate.class)))
                .single();
    }

    record Row(String status, boolean provisional, LocalDate allocationEnd) {
    }
}
