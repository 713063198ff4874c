package nl.gezinsplan.reporting;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The provisions the monitor counts (the view {@code monitor_provision}), chained by DOMAIN.md section 5, and those a
 * period needs put once per computation into a temporary table {@code monitor_member} (dropped at commit), so every
 * indicator group reads the same chains in one pass.
 *
 * <ul>
 * <li>Youth care (Jeugdwet) counts only provisions of youths aged 17 or younger on the provision's own allocation start
 * date; this filter applies to each provision before chaining. Provisions under the other laws are all kept.</li>
 * <li>Chaining: per client, law and product code, ordered by effective start, a provision joins the chain before it
 * when it starts at most 2 days after the latest end so far (at most one calendar day between them) or overlaps it.
 * {@code first_of_chain} marks the provision that starts a chain; every member carries the chain's identity in
 * {@code chain} (a number made of the first member's start and id) and its start in {@code chain_start}; {@code chain_last} marks the
 * chain's last member (the one that started last), which carries the chain's end in {@code chain_end} (the latest end
 * of its members, null while one runs). Two passes over one sort: the latest end so far on the last member is the
 * chain's end, because an earlier chain of the client and product ended before this one began; and the running maximum
 * of first members' keys is the chain's own, because starts only grow within a client and product.</li>
 * <li>Residential: product category in gezinsplan.monitor.residential-categories or product code in
 * ...residential-products, Jeugdwet only. Foster care: the product's flag or a code in ...foster-care-products.
 * Housing form: the product's class, for history the code lists ...light-housing-products and
 * ...heavy-housing-products.</li>
 * <li>Contract terms: whether the provision is a personal budget (pgb) and the agreed maximum duration are the
 * catalogue's for the product code ({@code casework_product_facts}), for history as for Gezinsplan's own provisions; a
 * code the catalogue lacks is in kind without a maximum. Whether the provider was contracted is known only for
 * Gezinsplan's own provisions.</li>
 * </ul>
 *
 * <p>Chains are formed over all provisions, not per period. Imported history is chained when it is imported
 * ({@link #chainImport}) into the table {@code chained_history} (migration V44); only the chains that hold one of
 * Gezinsplan's own provisions are formed when asked, from those and the history of the same client, law and product
 * (casework does not tell reporting when it grants, changes or ends a provision). So a question reads chains instead
 * of sorting millions of provisions into them.
 *
 * <p>Texts are compared byte by byte (collation "C"): the grouping here only needs equality, and that is several times
 * faster than the language's collation.
 *
 * <p>Only what a period can need is read: provisions starting up to 31 days after the period (for care that follows a
 * residential stay) that end at most six months and two days before it or later (for the residential stays whose six
 * months end in it), Gezinsplan's own twelve months and two days (for the earlier care of youths who come back within
 * twelve months; the repeat inflow reads older history from {@code chained_history} itself), and the last member of
 * every chain ending then or later (it carries the chain's end).
 */
final class ChainedProvisions {

    static final String TABLE = "monitor_member";

    /** Youth care only of youths aged 17 or younger on the allocation start; the other laws all. */
    private static final String COUNTED = "(law <> 'JEUGDWET' or allocation_start < birth_date + interval '18 years')";

    /** Chains the rows of {@code to_chain} (with provision, client, law, product_code, start_date and end_date). */
    private static final String CHAINING = """
            ordered as (
                select c.*,
                       max(coalesce(end_date, 'infinity'::date)) over (same rows between unbounded preceding
                           and 1 preceding) as previous_end
                from to_chain c
                window same as (partition by client, law, product_code
                                order by start_date, end_date nulls last, provision)
            ), marked as (
                select o.*,
                       previous_end is null or start_date > previous_end + 2 as first_of_chain,
                       greatest(previous_end, coalesce(end_date, 'infinity'::date)) as latest_end
                from ordered o
            ), chained as (
                select m.*,
                       max(case when first_of_chain
                           then (start_date - date '2000-01-01')::bigint * 1000000000000 + provision end)
                           over same as chain,
                       max(case when first_of_chain then start_date end) over same as chain_start,
                       coalesce(lead(first_of_chain) over same, true) as chain_last
                from marked m
                window same as (partition by client, law, product_code
                                order by start_date, end_date nulls last, provision rows unbounded preceding)
            ), rechained as (
                select chained.*, case when chain_last then nullif(latest_end, 'infinity'::date) end as new_chain_end
                from chained
            )
            """;

    private static final String HISTORY_COLUMNS = """
            provision, client, law, category_code, product_code, provider, referrer, district, start_date, end_date,
            cost_per_day""";

    /** Forgets the chains of every client, law and product code the import brought provisions of ... */
    private static final String UNCHAIN_IMPORT = """
            delete from chained_history c
            using (select distinct client, law, product_code from provision_history where import_id = :importId) t
            where c.client = t.client and c.law = t.law and c.product_code = t.product_code
            """;

    /** ... and chains their history again. */
    private static final String CHAIN_IMPORT = """
            insert into chained_history (%1$s, chain, chain_start, first_of_chain, chain_last, chain_end)
            with touched as (
                select distinct client, law, product_code from provision_history where import_id = :importId
            ), to_chain as (
                select p.*
                from touched t
                     cross join lateral (select %1$s from monitor_provision p
                                         where p.client = t.client and p.law = t.law and p.product_code = t.product_code
                                           and p.provision > 0 and %2$s) p
            ), %3$s
            select %1$s, chain, chain_start, first_of_chain, chain_last, new_chain_end
            from rechained
            """.formatted(HISTORY_COLUMNS, COUNTED, CHAINING);

    private static final String MEMBER_COLUMNS = """
            provision, client, person_id, family_id, birth_date, law, category_code, product_code, provider, referrer,
            district, start_date, end_date, cost_per_day, foster_care, housing_form, extension_request, contracted""";

    /**
     * A provision of {@code chained_history c} as monitor_provision has history: no person or family, no foster-care
     * flag, housing form or request, and no word on its contract.
     */
    private static final String HISTORY_AS_MEMBER = """
            c.provision, c.client, null::bigint, null::bigint, null::date, c.law, c.category_code, c.product_code,
            c.provider, c.referrer, c.district, c.start_date, c.end_date, c.cost_per_day, false, null::varchar(10),
            false, null::boolean""";

    private static final String CREATE = """
            create temporary table monitor_member on commit drop as
            with live as (
                select distinct client, law, product_code from monitor_provision where provision < 0 and %2$s
            ), to_chain as (
                select %1$s from monitor_provision where provision < 0 and %2$s
                union all
                select %4$s
                from chained_history c
                     join live l on l.client = c.client and l.law = c.law and l.product_code = c.product_code
            ), %3$s, member as (
                select %1$s, first_of_chain, chain, chain_start, chain_last, new_chain_end as chain_end
                from rechained
                union all
                select %4$s, first_of_chain, chain, chain_start, chain_last, chain_end
                from chained_history c
                where not exists (select 1 from to_chain t where t.provision = c.provision)
            )
            select provision, client collate "C" as client, person_id, family_id, birth_date, law collate "C" as law,
                   category_code collate "C" as category_code, product_code collate "C" as product_code,
                   provider collate "C" as provider, referrer collate "C" as referrer, district collate "C" as district,
                   start_date, end_date, cost_per_day, extension_request,
                   law = 'JEUGDWET' and (category_code = any(:residentialCategories)
                       or product_code = any(:residentialProducts)) as residential,
                   foster_care or product_code = any(:fosterCareProducts) as foster,
                   coalesce(housing_form, case when product_code = any(:lightHousingProducts) then 'LIGHT'
                       when product_code = any(:heavyHousingProducts) then 'HEAVY' end) as housing,
                   first_of_chain, chain, chain_start, chain_last, chain_end, contracted,
                   coalesce(financing = 'PERSONAL_BUDGET', false) as personal_budget, max_duration_months
            from member
                 left join (select product_code as catalogue_code, financing, max_duration_months
                            from casework_product_facts) catalogue on catalogue.catalogue_code = member.product_code
            where start_date <= :horizon::date
              and (end_date is null or end_date >= :lowest::date or provision < 0 and end_date >= :lowestOwn::date
                   or chain_last and (chain_end is null or chain_end >= :lowest::date))
            """.formatted(MEMBER_COLUMNS, COUNTED, CHAINING, HISTORY_AS_MEMBER);

    private ChainedProvisions() {
    }

    /** Chains the history again where the import added to it; call in the import's transaction. */
    static void chainImport(JdbcClient jdbc, long importId) {
        jdbc.sql(UNCHAIN_IMPORT).param("importId", importId).update();
        jdbc.sql(CHAIN_IMPORT).param("importId", importId).update();
    }

    /** Fills {@value #TABLE} for a computation over {@code first} to {@code last}; call inside a transaction. */
    static void materialise(JdbcClient jdbc, MonitorSettings settings, LocalDate first, LocalDate last) {
        // for the whole computation: the chains of Gezinsplan's own provisions are sorted here, and the statements after
        // it sort and hash the period's members (the breakdowns sort 14 MB of them at big-city scale, ten times that at
        // national scale); in memory that is much faster than on disk
        jdbc.sql("set local work_mem = '256MB'").update();
        jdbc.sql("drop table if exists " + TABLE).update();
        jdbc.sql(CREATE)
                .param("residentialCategories", settings.residentialCategories().toArray(String[]::new))
                .param("residentialProducts", settings.residentialProducts().toArray(String[]::new))
                .param("fosterCareProducts", settings.fosterCareProducts().toArray(String[]::new))
                .param("lightHousingProducts", settings.lightHousingProducts().toArray(String[]::new))
                .param("heavyHousingProducts", settings.heavyHousingProducts().toArray(String[]::new))
                .param("horizon", last.plusDays(31))
                .param("lowest", first.minusMonths(6).minusDays(2))
                .param("lowestOwn", first.minusMonths(12).minusDays(2))
                .update();
        // what the statements are planned by: a sample of 3,000 rows plans them as well as the default 30,000, in a
        // tenth of the time; without statistics a join of the residential stays can take minutes
        jdbc.sql("set local default_statistics_target = 10").update();
        jdbc.sql("analyze " + TABLE).update();
    }
}
