package nl.gezinsplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class MonitorAccessTest {

    @Autowired
    Monitor monitor;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void managersSeeEveryIndicatorWithBaselinesAndConsultantsSeeNothing() {
        SignIn.as(users, "marieke");
        MonitorFigures figures = monitor.figures(Period.halfYear(2025, 1));

        assertThat(figures.indicators()).extracting(IndicatorValue::indicator).containsExactly(Indicator.values());
        assertThat(figures.indicators().get(2).baseline2023()).isEqualByComparingTo("12.7");
        assertThat(figures.flows()).hasSize(6);
        assertThat(figures.breakdowns()).extracting(Breakdown::dimension).containsExactly(Dimension.values());
        assertThat(figures.budgets()).hasSize(3);
        assertThat(monitor.flows(YearMonth.of(2024, 1), YearMonth.of(2025, 12))).hasSize(24);

        SignIn.as(users, "anna");
        assertThatThrownBy(() -> monitor.figures(Period.year(2025))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> monitor.flows(YearMonth.of(2025, 1), YearMonth.of(2025, 2)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
