package nl.gezinsplan.reporting;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The allocations the monitor counts, chained by DOMAIN.md section 5, put once per computation into a temporary
 * table {@code monitor_member} (dropped at commit), so every indicator group reads the same chains in one pass.
 *
 * <ul>
 * <li>Youth care (Jeugdwet) counts only allocations of youths aged 17 or younger on the allocation's own start date;
 * this filter applies to each allocation before chaining. Allocations under the other laws are all kept.</li>
 * <li>Chaining: per client and product code, ordered by effective start, an allocation joins the chain before it when
 * it starts at most 2 days after the latest end so far (at most one calendar day between them) or overlaps it.
 * {@code chain} is the sequence number of the chain's first member; {@code chain_start} is the chain's first start,
 * {@code chain_end} its last end (null while a member runs); {@code chain_last} marks the member that ends it.</li>
 * <li>Residential: product category in gezinsplan.monitor.residential-categories or product code in
 * ...residential-products, Jeugdwet only. Foster care: the product's flag or a code in ...foster-care-products.
 * Housing form: the product's class, for history the code lists ...light-housing-products and
 * ...heavy-housing-products.</li>
 * </ul>
 *
 * Only what a period can need is read: allocations starting up to 31 days after the period (for care that follows a
 * residential stay, and so that a chain renewed just after the period does not count as outflow), and ending at most
 * six months and two days before it (a chain is then cut to its tail, which keeps its inflow, outflow and extensions
 * in the period right). Residential allocations are all read, so a residential stay keeps its whole length.
 */
final class ChainedAllocations {

    static final String TABLE = "monitor_member";

    private static final String CREATE = """
            create temporary table monitor_member on commit drop as
            with candidate as (
                select a.*,
                       a.law = 'JEUGDWET' and (a.category_code = any(:residentialCategories)
                           or a.product_code = any(:residentialProducts)) as residential,
                       a.foster_care or a.product_code = any(:fosterCareProducts) as foster,
                       coalesce(a.housing_form, case when a.product_code = any(:lightHousingProducts) then 'LIGHT'
                           when a.product_code = any(:heavyHousingProducts) then 'HEAVY' end) as housing
                from monitor_allocation a
                where (a.law <> 'JEUGDWET' or a.allocation_start < a.birth_date + interval '18 years')
                  and a.start_date <= :horizon::date
                  and (a.end_date is null or a.end_date >= :lowest::date
                       or a.law = 'JEUGDWET' and (a.category_code = any(:residentialCategories)
                           or a.product_code = any(:residentialProducts)))
            ), ordered as (
                select c.*,
                       row_number() over (order by client, product_code, start_date, end_date nulls last, allocation)
                           as seq,
                       max(coalesce(end_date, 'infinity'::date)) over (partition by client, product_code
                           order by start_date, end_date nulls last, allocation
                           rows between unbounded preceding and 1 preceding) as previous_end
                from candidate c
            ), marked as (
                select o.*,
                       max(case when previous_end is null or start_date > previous_end + 2 then seq end)
                           over (order by seq rows unbounded preceding) as chain
                from ordered o
            )
            select m.*,
                   min(start_date) over (partition by chain) as chain_start,
                   case when bool_or(end_date is null) over (partition by chain) then null
                        else max(end_date) over (partition by chain) end as chain_end,
                   row_number() over (partition by chain order by end_date desc nulls first, seq desc) = 1
                       as chain_last
            from marked m
            """;

    private ChainedAllocations() {
    }

    /** Fills {@value #TABLE} for a computation over {@code first} to {@code last}; call inside a transaction. */
    static void materialise(JdbcClient jdbc, MonitorSettings settings, LocalDate first, LocalDate last) {
        jdbc.sql("drop table if exists " + TABLE).update();
        jdbc.sql(CREATE)
                .param("residentialCategories", settings.residentialCategories().toArray(String[]::new))
                .param("residentialProducts", settings.residentialProducts().toArray(String[]::new))
                .param("fosterCareProducts", settings.fosterCareProducts().toArray(String[]::new))
                .param("lightHousingProducts", settings.lightHousingProducts().toArray(String[]::new))
                .param("heavyHousingProducts", settings.heavyHousingProducts().toArray(String[]::new))
                .param("horizon", last.plusDays(31))
                .param("lowest", first.minusMonths(6).minusDays(2))
                .update();
        jdbc.sql("analyze " + TABLE).update();
    }
}
