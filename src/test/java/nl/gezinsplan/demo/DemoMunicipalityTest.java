package nl.gezinsplan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.reporting.BudgetLine;
import nl.gezinsplan.reporting.Indicator;
import nl.gezinsplan.reporting.IndicatorValue;
import nl.gezinsplan.reporting.Monitor;
import nl.gezinsplan.reporting.MonitorFigures;
import nl.gezinsplan.reporting.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The small demo set read as a municipality of its own size: its youth shares and its spending against the budget
 * come out near the city's baselines, not a misleading green because a few hundred youths were divided by a whole
 * city.
 */
@IntegrationTest
class DemoMunicipalityTest {

    @Autowired
    Monitor monitor;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDemosFiguresAreNearTheCitysBaselines() {
        SignIn.as(users, "marieke");
        MonitorFigures figures = monitor.figures(Period.year(LocalDate.now(clock).getYear() - 1));

        assertThat(value(figures, Indicator.NON_RESIDENTIAL_YOUTH_SHARE))
                .as("share of youths in non-residential care, against 11.9% in 2024").isBetween(
                        new BigDecimal("6"), new BigDecimal("18"));
        BudgetLine youth = figures.budgets().stream().filter(line -> line.law() == Law.JEUGDWET).findFirst()
                .orElseThrow();
        assertThat(youth.spent().divide(youth.ceiling(), 2, java.math.RoundingMode.HALF_UP))
                .as("the youth-care budget used").isBetween(new BigDecimal("0.5"), new BigDecimal("1.5"));
    }

    private static BigDecimal value(MonitorFigures figures, Indicator indicator) {
        return figures.indicators().stream().filter(value -> value.indicator() == indicator)
                .map(IndicatorValue::value).findFirst().orElseThrow();
    }
}
