package nl.gezinsplan.reporting;

import java.time.YearMonth;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The council's management monitor: every indicator of DOMAIN.md section 5 for a period, computed in PostgreSQL by
 * the definitions there (see {@link ChainedProvisions} and {@link MonitorQueries}), beside its baselines and target
 * with a traffic light, with monthly in- and outflow, breakdowns, extensions, figures per law and budget use. Totals
 * only: no family is opened, so managers of any team may see it.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class Monitor {

    private final MonitorCalculation calculation;
    private final MonitorSettings settings;

    Monitor(MonitorCalculation calculation, Environment environment) {
        this.calculation = calculation;
        this.settings = MonitorSettings.from(environment);
    }

    public MonitorFigures figures(Period period) {
        return calculation.figures(period, settings);
    }

    /** Monthly in- and outflow over many months, for trends. */
    public List<MonthlyFlow> flows(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The trend ends on or after " + from + ", not " + to);
        }
        return calculation.flows(from, to, settings);
    }
}
