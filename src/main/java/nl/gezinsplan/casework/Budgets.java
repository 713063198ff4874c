package nl.gezinsplan.casework;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.gezinsplan.base.Law;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget ceilings per law (gezinsplan.budget.ceiling.*) and what open provisions commit against them, so a
 * manager sees before approving how close the team is to its ceiling. Totals only: no family is opened.
 */
@Service
@Transactional(readOnly = true)
public class Budgets {

    /** Cost per year in SQL, from the same frequencies the provisions compute it with. */
    private static final String COST_PER_YEAR = Arrays.stream(Frequency.values())
            .map(frequency -> "when '" + frequency.name() + "' then " + frequency.timesPerYear())
            .collect(Collectors.joining(" ", "v.volume * v.tariff * case v.frequency ", " end"));

    private final JdbcClient jdbc;
    private final Environment environment;
    private final Clock clock;

    Budgets(JdbcClient jdbc, Environment environment, Clock clock) {
        this.jdbc = jdbc;
        this.environment = environment;
        this.clock = clock;
    }

    public BudgetUse of(Law law) {
        BigDecimal committed = jdbc.sql("select coalesce(sum(" + COST_PER_YEAR + "), 0) from provision v"
                        + " join product p on p.id = v.product_id"
                        + " where p.law = :law and v.status in ('PROPOSED', 'GRANTED')"
                        + " and (v.allocation_end is null or v.allocation_end >= :today)")
                .param("law", law.name())
                .param("today", LocalDate.now(clock))
                .query(BigDecimal.class)
                .single();
        BigDecimal ceiling = environment.getRequiredProperty(
                "gezinsplan.budget.ceiling." + law.name().toLowerCase(Locale.ROOT), BigDecimal.class);
        return new BudgetUse(law, committed, ceiling);
    }
}
