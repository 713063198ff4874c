package nl.gezinsplan.benchmark;

import java.time.YearMonth;
import java.util.List;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.reporting.Indicator;
import nl.gezinsplan.reporting.Monitor;
import nl.gezinsplan.reporting.Period;
import nl.gezinsplan.reporting.ProvisionImport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * How fast the management monitor computes the full indicator set for a year, at city scale (about
 * {@value #CITY} provisions over five years), big-city scale ({@value #BIG_CITY}) and national scale
 * ({@value #NATIONAL}), on a fresh embedded database with the demo families. Run it with
 * {@code mvn test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.gezinsplan.benchmark.MonitorBenchmark}.
 * The history is generated in one SQL statement per scale: clients with a few provisions each, about 6% residential,
 * pairs of provisions of one product with 1 to 3 days between them (so chaining has work), 2021 to 2025, then chained
 * as an import chains them. {@code -Dmonitor.national=false} stops after the big-city scale, for a faster round.
 */
public final class MonitorBenchmark {

    private static final int CITY = 50_000;
    private static final int BIG_CITY = 500_000;
    private static final int NATIONAL = 5_000_000;

    private static final String GENERATE = """
            with generated as (
                select g, g / 4 as client, g / 2 as pair, g % 2 as second,
                       ((g / 2)::bigint * 7907 % 1640)::int as offset_days, 60 + (g / 2 * 131) % 240 as duration,
                       (g / 2 * 37) % 100 as kind
                from generate_series(:from, :to) g
            ), shaped as (
                select g, client, pair, duration,
                       case when kind < 2 then '43A01' when kind < 3 then '44A01' when kind < 4 then '44A04'
                            when kind < 6 then '90002'
                            else (array['45A01', '45A02', '45A03', '46A01', '54A01', '54A02', '55A01', '45A04'])[1 + pair % 8]
                       end as product,
                       kind < 6 as residential,
                       date '2021-01-01' + offset_days + second * (duration + 1 + g % 3) as start
                from generated
            )
            insert into provision_history (import_id, line_hash, client, birth_date, law, category_code, product_code,
                provider, referrer, district, allocation_start, allocation_end, care_start, care_end, volume, unit,
                frequency, tariff, amount, cost_per_day)
            select :importId, md5('benchmark-a' || g) || md5('benchmark-b' || g), 'B' || client,
                   date '2004-01-01' + (client::bigint * 7919 % 7300)::int, 'JEUGDWET',
                   case when product = '90002' then '90' else substr(product, 1, 2) end, product,
                   'Aanbieder ' || pair % 40, (array['GP', 'ACCESS_TEAM', 'YOUTH_DOCTOR', 'SCHOOL', 'CERTIFIED_INSTITUTION'])[1 + pair % 5],
                   (array['Centrum', 'Noord', 'Zuid', 'Oost', 'West', 'Haven'])[1 + client % 6],
                   start, case when start > date '2025-06-01' and g % 10 = 0 then null else start + duration end,
                   case when g % 10 < 7 then start + g % 5 end, null,
                   1, 'DAY', 'PER_DAY', case when residential then 250 + g % 150 else 20 + g % 40 end, null,
                   case when residential then 250 + g % 150 else 20 + g % 40 end
            from shaped
            """;

    private MonitorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Benchmarks.onFreshDatabase(List.of(), context -> {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            ProvisionImport provisionImport = context.getBean(ProvisionImport.class);
            Monitor monitor = context.getBean(Monitor.class);
            SignIn.as(context.getBean(UserDetailsService.class), "marieke");

            generate(jdbc, provisionImport, 1, CITY);
            report(monitor, "city", CITY);
            generate(jdbc, provisionImport, CITY + 1, BIG_CITY);
            report(monitor, "big city", BIG_CITY);
            if (!Boolean.parseBoolean(System.getProperty("monitor.national", "true"))) {
                return;
            }
            generate(jdbc, provisionImport, BIG_CITY + 1, NATIONAL);
            reportYear(monitor, "national", NATIONAL, 3);
        });
    }

    private static void generate(JdbcClient jdbc, ProvisionImport provisionImport, int from, int to) {
        long start = System.nanoTime();
        long importId = jdbc.sql("""
                        insert into provision_import (file_name, content_hash, imported_by, imported_at, lines, loaded,
                            already_loaded, rejected)
                        values ('benchmark', repeat('0', 64), 'benchmark', now(), 0, 0, 0, 0) returning id""")
                .query(Long.class).single();
        jdbc.sql(GENERATE).param("from", from).param("to", to).param("importId", importId).update();
        provisionImport.chain(importId);
        jdbc.sql("vacuum analyze provision_history, chained_history").update();
        System.out.printf("%nGenerated provisions %,d to %,d in %.1f s%n", from, to, (System.nanoTime() - start) / 1e9);
    }

    private static void report(Monitor monitor, String scale, int allocations) {
        reportYear(monitor, scale, allocations, 5);
        Benchmarks.measure("full indicator set for the first half of 2025", 1, 5,
                () -> monitor.figures(Period.halfYear(2025, 1)));
        Benchmarks.measure("full indicator set for March 2025", 1, 5,
                () -> monitor.figures(Period.month(YearMonth.of(2025, 3))));
        Benchmarks.measure("monthly in- and outflow 2021-2025", 1, 5,
                () -> monitor.flows(YearMonth.of(2021, 1), YearMonth.of(2025, 12)));
        Benchmarks.measure("families behind the youths in care in 2025", 1, 5,
                () -> monitor.familiesBehind(Indicator.YOUTH_IN_CARE, Period.year(2025)));
    }

    /** The year alone, as the national scale is timed, where a run takes seconds. */
    private static void reportYear(Monitor monitor, String scale, int allocations, int runs) {
        System.out.printf("%s: %,d provisions in 2021-2025, %,d chained youth provisions active in 2025%n%n", scale,
                allocations, monitor.figures(Period.year(2025)).indicators().get(0).value().longValue());
        Benchmarks.header("query at " + scale + " scale (manager marieke)");
        Benchmarks.measure("full indicator set for the year 2025", 1, runs, () -> monitor.figures(Period.year(2025)));
    }
}
