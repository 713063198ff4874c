package nl.gezinsplan.reporting;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The provisions the monitor counts (the view {@code monitor_provision}), chained by DOMAIN.md section 5, put once per
 * computation into a temporary table {@code monitor_member} (dropped at commit), so every indicator group reads the
 * same chains in one pass.
 *
 * <ul>
 * <li>Youth care (Jeugdwet) counts only provisions of youths aged 17 or younger on the provision's own allocation start
 * date; this filter applies to each provision before chaining. Provisions under the other laws are all kept.</li>
 * <li>Chaining: per client and product code, ordered by effective start, a provision joins the chain before it when it
 * starts at most 2 days after the latest end so far (at most one calendar day between them) or overlaps it.
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
 * </ul>
 *
 * Texts are compared byte by byte (collation "C"): the sorting and grouping here only need equality and a stable order,
 * and that is several times faster than the language's collation.
 *
 * <p>Only what a period can need is read: provisions starting up to 31 days after the period (for care that follows a
 * residential stay, and so that a chain renewed just after the period does not count as outflow), and ending at most
 * six months and two days before it (a chain is then cut to its tail, which keeps its inflow, outflow and extensions
 * in the period right). Residential provisions are all read, so a residential stay keeps its whole length.
 */
final class ChainedProvisions {

    static final String TABLE = "monitor_member";

    private static final String CREATE = """
            create temporary table monitor_member on commit drop as
            with candidate as (
                select a.provision, a.client collate "C" as client, a.person_id,
                       a.family_id, a.birth_date, a.law collate "C" as law, a.category_code collate "C" as category_code,
                       a.product_code collate "C" as product_code, a.provider collate "C" as provider,
                       a.referrer collate "C" as referrer, a.district collate "C" as district, a.start_date, a.end_date,
                       a.cost_per_day, a.extension_request,
                       a.law = 'JEUGDWET' and (a.category_code = any(:residentialCategories)
                           or a.product_code = any(:residentialProducts)) as residential,
                       a.foster_care or a.product_code = any(:fosterCareProducts) as foster,
                       coalesce(a.housing_form, case when a.product_code = any(:lightHousingProducts) then 'LIGHT'
                           when a.product_code = any(:heavyHousingProducts) then 'HEAVY' end) as housing
                from monitor_provision a
                where (a.law <> 'JEUGDWET' and not :youthOnly
                       or a.law = 'JEUGDWET' and a.allocation_start < a.birth_date + interval '18 years')
                  and a.start_date <= :horizon::date
                  and (a.end_date is null or a.end_date >= :lowest::date
                       or a.law = 'JEUGDWET' and (a.category_code = any(:residentialCategories)
                           or a.product_code = any(:residentialProducts)))
            ), ordered as (
                select c.*,
                       max(coalesce(end_date, 'infinity'::date)) over (same rows between unbounded preceding
                           and 1 preceding) as previous_end
                from candidate c
                window same as (partition by client, product_code order by start_date, end_date nulls last, provision)
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
                window same as (partition by client, product_code order by start_date, end_date nulls last, provision
                                rows unbounded preceding)
            )
            select provision, client, person_id, family_id, birth_date, law, category_code, product_code, provider,
                   referrer, district, start_date, end_date, cost_per_day, extension_request, residential, foster,
                   housing, first_of_chain, chain, chain_start, chain_last,
                   case when chain_last then nullif(latest_end, 'infinity'::date) end as chain_end
            from chained
            """;

    private ChainedProvisions() {
    }

    /**
     * Fills {@value #TABLE} for a computation over {@code first} to {@code last}, with youth care only or every law;
     * call inside a transaction.
     */
    static void materialise(JdbcClient jdbc, MonitorSettings settings, LocalDate first, LocalDate last,
            boolean youthOnly) {
        // the chaining sorts the period's provisions once; in memory that is several times faster than on disk
        jdbc.sql("set local work_mem = '64MB'").update();
        jdbc.sql("drop table if exists " + TABLE).update();
        jdbc.sql(CREATE)
                .param("residentialCategories", settings.residentialCategories().toArray(String[]::new))
                .param("residentialProducts", settings.residentialProducts().toArray(String[]::new))
                .param("fosterCareProducts", settings.fosterCareProducts().toArray(String[]::new))
                .param("lightHousingProducts", settings.lightHousingProducts().toArray(String[]::new))
                .param("heavyHousingProducts", settings.heavyHousingProducts().toArray(String[]::new))
                .param("youthOnly", youthOnly)
                .param("horizon", last.plusDays(31))
                .param("lowest", first.minusMonths(6).minusDays(2))
                .update();
        jdbc.sql("analyze " + TABLE).update();
    }
}
