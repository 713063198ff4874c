package nl.gezinsplan.reporting;

import java.time.YearMonth;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The council's management monitor: every indicator of DOMAIN.md section 5 for a period, computed in SQL. */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class Monitor {

    public MonitorFigures figures(Period period) {
        throw new UnsupportedOperationException("Not yet");
    }

    /** Monthly in- and outflow over many months, for trends. */
    public List<MonthlyFlow> flows(YearMonth from, YearMonth to) {
        throw new UnsupportedOperationException("Not yet");
    }
}
