package nl.gezinsplan.reporting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL of the monitor, one statement per group of indicators, each over {@code monitor_member} (see
 * {@link ChainedProvisions}) unless said. Parameters {@code :first} and {@code :last} are the period's first and
 * last day. Only reporting's own tables and views and the read models other modules publish (migration V16) are
 * named here. Active in the period: starts on or before its last day and has no end or ends on or after its first day.
 * Cost in the period: cost per day times the provision's active days inside the period.
 */
final class MonitorQueries {

    /**
     * The active members of a period with their cost in it; the start of most statements below. A chain's last member
     * is taken along while its chain is active, even if it ended itself before an overlapping earlier member did, so
     * that it carries the chain's outflow; {@code own_active} says whether the provision itself was.
     */
    private static final String ACTIVE = """
            active as (
                select m.*,
                       m.end_date is null or m.end_date >= :first::date as own_active,
                       m.cost_per_day * greatest(least(coalesce(m.end_date, :last::date), :last::date)
                           - greatest(m.start_date, :first::date) + 1, 0) as cost
                from monitor_member m
                where m.start_date <= :last::date
                  and (m.end_date is null or m.end_date >= :first::date
                       or m.chain_last and (m.chain_end is null or m.chain_end >= :first::date))
            )
            """;

    /**
     * Youth care in the period (DOMAIN.md 5, the table's indicators): youths with an active youth provision, once
     * each; with a non-residential one; with a residential one (foster care, other); with only non-residential ones;
     * in a light housing form, in a heavy one, and in either (housed): a youth who was in both counts once among the
     * housed, so the light-housing share counts distinct youths above and below the line. Chains active, starting (inflow) and ending (outflow) in the period, residential
     * apart. Extensions: youth provisions starting in the period that join a chain as a later member, or that were
     * granted on an extension request. Spending: cost in the period, residential (foster, other) and non-residential.
     * Each of the three aggregates reads the table itself: keeping the youth rows for them costs more than reading them
     * again.
     */
    static final String YOUTH = "with " + ACTIVE + """
            , youth as not materialized (
                select * from active where law = 'JEUGDWET'
            ), clients as (
                select client,
                       bool_or(residential) as residential,
                       bool_or(residential and foster) as foster,
                       bool_or(residential and not foster) as other_residential,
                       bool_or(not residential) as non_residential,
                       bool_or(residential and housing = 'LIGHT') as light,
                       bool_or(residential and housing = 'HEAVY') as heavy
                from youth
                group by client
            ), counts as (
                select count(*) as youths,
                       count(*) filter (where non_residential) as non_residential,
                       count(*) filter (where residential) as residential,
                       count(*) filter (where not residential) as only_non_residential,
                       count(*) filter (where foster) as foster,
                       count(*) filter (where other_residential) as other_residential,
                       count(*) filter (where light) as light,
                       count(*) filter (where heavy) as heavy,
                       count(*) filter (where light or heavy) as housed
                from clients
            ), chains as (
                select count(*) as provisions from (select chain from youth group by chain) active_chains
            ), flows as (
                select
                       count(*) filter (where first_of_chain and chain_start >= :first::date and not residential)
                           as inflow_non_residential,
                       count(*) filter (where chain_last and chain_end <= :last::date and not residential)
                           as outflow_non_residential,
                       count(*) filter (where first_of_chain and chain_start >= :first::date and residential)
                           as inflow_residential,
                       count(*) filter (where chain_last and chain_end <= :last::date and residential)
                           as outflow_residential,
                       count(*) filter (where start_date >= :first::date and (not first_of_chain or extension_request))
                           as extensions,
                       coalesce(sum(cost), 0) as spending,
                       coalesce(sum(cost) filter (where residential), 0) as spending_residential,
                       coalesce(sum(cost) filter (where residential and foster), 0) as spending_foster,
                       coalesce(sum(cost) filter (where residential and not foster), 0) as spending_other_residential,
                       coalesce(sum(cost) filter (where not residential), 0) as spending_non_residential
                from youth
            )
            select * from counts, chains, flows
            """;

    /**
     * Residential stays (M12, C-2), over whole residential chains. Duration: days from the first start to the last
     * end of the chains ending in the period, foster care left out. Moved on within six months (the product's
     * reading of "doorgeleid binnen zes maanden"): of the residential chains other than foster care whose six months
     * after their start end in the period, the share that ended within those six months and was moved on to
     * family-based care (foster care) or non-residential youth care of the same client: care that started within 31
     * days of the stay's end, before or after it, and still ran at the end. Care that ran beside the stay for longer,
     * begun before it or early in it, is not where the youth was moved on to, and does not count.
     */
    private static final String STAYS = """
            with stays as (
                select chain, client, family_id, chain_start, chain_end, foster
                from monitor_member
                where law = 'JEUGDWET' and residential and chain_last
            ), cohort as (
                select * from stays
                where not foster and (chain_start + interval '6 months')::date between :first::date and :last::date
            ), moved_on as (
                select distinct c.chain, c.family_id
                from cohort c
                     join monitor_member f on f.client = c.client
                where c.chain_end < (c.chain_start + interval '6 months')::date
                  and f.law = 'JEUGDWET' and (not f.residential or f.foster)
                  and f.start_date between c.chain_end - 31 and c.chain_end + 31
                  and (f.end_date is null or f.end_date >= c.chain_end)
            )
            """;

    /** Of {@link #STAYS}: the stays whose duration is measured, those other than foster care ending in the period. */
    private static final String ENDED_STAY = "not foster and chain_end between :first::date and :last::date";

    static final String RESIDENTIAL_STAYS = STAYS + """
            select (select avg(chain_end - chain_start + 1) from stays where %s) as duration,
                   (select count(*) from cohort) as cohort,
                   (select count(*) from moved_on) as moved_on
            """.formatted(ENDED_STAY);

    /**
     * Perspective talks (M13), for youths with youth care from Gezinsplan active in the period: of those aged 16.5
     * or older but not yet 18 on the period's last day, the share with a perspective talk held by then; of those
     * turning 18 in the period, the share with a perspective talk held before their 18th birthday.
     */
    private static final String TALKS_JUDGED = """
            , youths as (
                select person_id, birth_date, min(family_id) as family_id
                from active
                where law = 'JEUGDWET' and person_id is not null
                group by person_id, birth_date
            ), judged as (
                select y.*,
                       (y.birth_date + interval '16 years 6 months')::date <= :last::date
                           and (y.birth_date + interval '18 years')::date > :last::date as older,
                       (y.birth_date + interval '18 years')::date between :first::date and :last::date as turning,
                       (select min(held_on) from meeting_perspective_talk_facts m where m.person_id = y.person_id)
                           as first_talk
                from youths y
            )
            """;

    /** Of {@link #TALKS_JUDGED}: a talk held by the period's end, and one held before the 18th birthday. */
    private static final String TALK_AT_16_5 = "coalesce(first_talk <= :last::date, false)";
    private static final String TALK_BEFORE_18 =
            "coalesce(first_talk < (birth_date + interval '18 years')::date, false)";

    static final String PERSPECTIVE_TALKS = "with " + ACTIVE + TALKS_JUDGED + """
            select count(*) filter (where older) as older,
                   count(*) filter (where older and %s) as older_with_talk,
                   count(*) filter (where turning) as turning,
                   count(*) filter (where turning and %s) as turning_with_talk
            from judged
            """.formatted(TALK_AT_16_5, TALK_BEFORE_18);

    /**
     * Families (M4), over the families with a provision from Gezinsplan active in the period: those with a contact
     * person on the period's last day; the professionals in their latest plan version by then (averaged over the
     * families with a plan); those with provisions under exactly two and under all three laws.
     */
    static final String FAMILIES = "with " + ACTIVE + """
            , families as (
                select family_id, count(distinct law) as laws from active where family_id is not null group by family_id
            ), judged as (
                select f.*,
                       exists (select 1 from family_contact_person_facts c where c.family_id = f.family_id
                               and c.started_at < :last::date + 1
                               and (c.ended_at is null or c.ended_at >= :last::date + 1)) as with_contact,
                       (select v.professionals from plan_version_facts v where v.family_id = f.family_id
                        and v.created_at < :last::date + 1 order by v.number desc limit 1) as professionals,
                       exists (select 1 from plan_version_facts v where v.family_id = f.family_id
                               and v.created_at < :last::date + 1) as with_plan
                from families f
            )
            select count(*) as families,
                   count(*) filter (where with_contact) as with_contact,
                   avg(professionals) filter (where with_plan) as professionals,
                   count(*) filter (where laws = 2) as two_laws,
                   count(*) filter (where laws = 3) as three_laws
            from judged
            """;

    /** Of casework's requests: decided in the period; decided within the term (see {@link #LEAD_TIMES}). */
    private static final String DECIDED = "decided_on between :first::date and :last::date";
    private static final String WITHIN_TERM = """
            decided_on - suspended_days <= case law
                when 'WMO' then coalesce(applied_on, requested_on) + :wmoTerm
                when 'JEUGDWET' then requested_on + :youthTerm
                else coalesce(applied_on, requested_on) + :participationTerm end
            or coalesce(decided_on - suspended_days_after_extension <= extended_to, false)""";

    /**
     * Lead time (on casework's requests): of the requests decided in the period, the average days from request to
     * decision without the days the term was suspended (opgeschort, Awb 4:15) or the request was closed before a
     * manager reopened it (both in casework_request_facts' suspended_days), and how many were decided within the
     * statutory decision term (bpmn/statutory-term.dmn): from the application under the Wmo and the Participatiewet
     * (the request when no application date is known), from the request under the Jeugdwet, where the request is the
     * application, later by the suspended days; or within the date the term was extended to (verdaagd, Awb 4:14), later
     * by the days suspended after the extension.
     */
    static final String LEAD_TIMES = """
            select count(*) as decided,
                   avg(decided_on - requested_on - suspended_days) as lead_time,
                   count(*) filter (where %s) as within_term
            from casework_request_facts
            where %s
            """.formatted(WITHIN_TERM, DECIDED);

    /**
     * Waiting times (on casework's requests): calendar days from the request to each {@link WaitingStage}, for the
     * requests that reached it in the period, per law and for all laws: how many, the median and the 90th percentile
     * (interpolated between two requests, as {@code percentile_cont}). Days the term was suspended count: the family
     * waited them.
     */
    private static final String WAITS = """
            with waits as (
                select w.stage, f.law, f.family_id, w.reached - f.requested_on as days
                from casework_request_facts f
                     cross join lateral (values ('CONVERSATION', f.conversation_on), ('DECISION', f.decided_on),
                                                ('CARE_START', f.care_started_on)) w (stage, reached)
                where w.reached between :first::date and :last::date
            )
            """;

    static final String WAITING_TIMES = WAITS + """
            select stage, law, count(*) as requests,
                   percentile_cont(0.5) within group (order by days) as median,
                   percentile_cont(0.9) within group (order by days) as percentile_90
            from waits
            group by grouping sets ((stage, law), (stage))
            """;

    /**
     * Reasons (on casework's requests), per {@link ReasonKind}, law and code: the requests whose triage, "nee, tenzij"
     * check or panel decision fell in the period, by what it recorded; and the requests refused by the check or the
     * panel in the period (on the panel's day when it said no), by each coded reason given. For all codes
     * ({@code all_codes}): the law's requests of that kind, each once.
     */
    private static final String RECORDED_REASONS = """
            with recorded as (
                select f.request, f.family_id, f.law, w.kind, w.code
                from casework_request_facts f
                     cross join lateral (values ('TRIAGE', f.triage_outcome, f.triaged_on),
                                                ('NEE_TENZIJ', f.nee_tenzij_outcome, f.nee_tenzij_on),
                                                ('PANEL', f.panel_outcome, f.panel_decided_on)) w (kind, code, on_day)
                where w.on_day between :first::date and :last::date
                union all
                select f.request, f.family_id, f.law, 'REFUSAL_REASON', reason
                from casework_request_facts f
                     cross join unnest(string_to_array(f.refusal_reasons, ',')) reason
                where case when f.panel_outcome = 'NO' then f.panel_decided_on else f.nee_tenzij_on end
                      between :first::date and :last::date
            )
            """;

    static final String REASONS = RECORDED_REASONS + """
            select kind, law, code, grouping(code) = 1 as all_codes, count(distinct request) as requests
            from recorded
            group by grouping sets ((kind, law, code), (kind, law))
            """;

    /**
     * Experience (on the portal's read models): the families' scores given in the period, per provider and product of
     * the provision scored and for all: how many, and the average score for the effect, the route and the provider.
     */
    static final String EXPERIENCE = """
            select p.provider, p.product_code, count(*) as answers, avg(r.effect_score) as effect,
                   avg(r.route_score) as route, avg(r.provider_score) as provider_score
            from portal_care_rating_facts r
                 join casework_provision_facts p on p.provision = r.provision
            where r.rated_on between :first::date and :last::date
            group by grouping sets ((p.provider, p.product_code), ())
            order by grouping(p.provider), p.provider, p.product_code
            """;

    /**
     * Delivery (on the portal's read models): per provider, the months of the period the families answered whether its
     * care was delivered, and those they said it was not.
     */
    static final String DELIVERY = """
            select p.provider, count(*) as answered, count(*) filter (where not d.delivered) as not_delivered
            from portal_care_delivery_facts d
                 join casework_provision_facts p on p.provision = d.provision
            where d.month between :first::date and :last::date
            group by p.provider
            order by p.provider
            """;

    /**
     * Outcomes (on casework's and plan's read models), per law, of Gezinsplan's own care whose effective end lies in
     * the period and that was closed: ended at its evaluation (ENDED) or stopped early (STOPPED). Goals: those of the
     * plan version the family had on the day the care ended, under the care's law and for its member (or for the whole
     * family), each goal once (at the latest end of the period's care it belongs to), by its status then.
     */
    static final String OUTCOMES = """
            with ended as (
                select family_id, person_id, law, end_date, status
                from casework_provision_facts
                where status in ('ENDED', 'STOPPED') and end_date between :first::date and :last::date
            ), endings as (
                select law, count(*) filter (where status = 'ENDED') as as_planned,
                       count(*) filter (where status = 'STOPPED') as stopped_early
                from ended
                group by law
            ), judged as (
                select distinct on (g.family_id, g.item_key) g.law, g.status
                from (select family_id, person_id, law, max(end_date) as end_date
                      from ended group by family_id, person_id, law) e
                     join lateral (select max(v.number) as number from plan_version_facts v
                                   where v.family_id = e.family_id and v.created_at < e.end_date + 1) latest on true
                     join plan_goal_facts g on g.family_id = e.family_id and g.number = latest.number
                                            and g.law = e.law and (g.person_id = e.person_id or g.person_id is null)
                order by g.family_id, g.item_key, e.end_date desc
            ), goals as (
                select law, count(*) filter (where status = 'ACHIEVED') as achieved,
                       count(*) filter (where status = 'IN_PROGRESS') as partly,
                       count(*) filter (where status in ('OPEN', 'STOPPED')) as not_achieved
                from judged
                group by law
            )
            select law, as_planned, stopped_early, coalesce(achieved, 0) as achieved, coalesce(partly, 0) as partly,
                   coalesce(not_achieved, 0) as not_achieved
            from endings left join goals using (law)
            """;

    /**
     * Repeat inflow (youth care): of the chains starting in the period, those of a youth whose earlier youth care
     * (every provision that started before the chain did) ended in the twelve months before the start and at least three
     * days before it, so that a change of product, which starts a new chain a day later, is not taken for new care. The
     * latest end of the earlier care: of the period's members, in one sort per client; only when they hold none, of
     * the imported history that ended before them (monitor_member keeps six months of it, but twelve of Gezinsplan's
     * own), from {@code chained_history} by its index on the client: whatever ended earlier ended before any member.
     */
    private static final String REPEAT_JUDGED = """
            with youth as (
                select client, family_id, chain_start, first_of_chain,
                       max(coalesce(end_date, 'infinity'::date)) over (partition by client order by start_date
                           range between unbounded preceding and interval '1 day' preceding) as recent_care_until
                from monitor_member
                where law = 'JEUGDWET'
            ), judged as (
                select s.family_id, s.chain_start,
                       coalesce(s.recent_care_until,
                                (select max(h.end_date) from chained_history h
                                 where h.client = s.client and h.law = 'JEUGDWET' and h.start_date < s.chain_start))
                           as earlier_care_until
                from youth s
                where s.first_of_chain and s.chain_start between :first::date and :last::date
            )
            """;

    /** Of {@link #REPEAT_JUDGED}: the chains that are new care after earlier care ended. */
    private static final String REPEATED = "earlier_care_until <= chain_start - 3"
            + " and earlier_care_until >= (chain_start - interval '12 months')::date";

    static final String REPEAT_INFLOW = REPEAT_JUDGED
            + "select count(*) as inflow, count(*) filter (where " + REPEATED + ") as repeated from judged\n";

    /** Monthly inflow and outflow of chained youth provisions, residential apart, over {@code :first-:last}. */
    static final String FLOWS = """
            with events as (
                select date_trunc('month', chain_start)::date as month, residential, 1 as inflow, 0 as outflow
                from monitor_member
                where law = 'JEUGDWET' and first_of_chain and chain_start between :first::date and :last::date
                union all
                select date_trunc('month', chain_end)::date, residential, 0, 1
                from monitor_member
                where law = 'JEUGDWET' and chain_last and chain_end between :first::date and :last::date
            )
            select month,
                   count(*) filter (where inflow = 1 and not residential) as inflow_non_residential,
                   count(*) filter (where outflow = 1 and not residential) as outflow_non_residential,
                   count(*) filter (where inflow = 1 and residential) as inflow_residential,
                   count(*) filter (where outflow = 1 and residential) as outflow_residential
            from events
            group by month
            """;

    /** Which breakdown a row of {@link #BREAKDOWNS}' grouping sets belongs to, and its label there. */
    private static final String DIMENSION = """
            case when grouping(law) = 0 then 'LAW' when grouping(category_code) = 0 then 'CATEGORY'
                 when grouping(provider) = 0 then 'PROVIDER' when grouping(referrer) = 0 then 'REFERRER'
                 else 'DISTRICT' end as dimension,
            coalesce(law, category_code, provider, referrer, district) as label""";

    private static final String DIMENSIONS =
            "group by grouping sets ((law), (category_code), (provider), (referrer), (district))";

    /**
     * Breakdowns of the provisions active in the period (youth care by the youth definition, the other laws all),
     * by law, product category, provider, referrer and district: clients once each, chains, chains starting and ending
     * in the period, cost in the period, and the provisions themselves active (for the figures per law). An unknown
     * referrer or district reads as an empty label. The counts of distinct clients and chains sort the members once per
     * dimension, so they sort only the columns they count and the sums are hashed beside them (a fifth faster at
     * national scale than sorting every column).
     */
    static final String BREAKDOWNS = "with " + ACTIVE + """
            , labelled as not materialized (
                select law, category_code, provider, coalesce(referrer, '') as referrer,
                       coalesce(district, '') as district, client, chain, first_of_chain, chain_start, chain_last,
                       chain_end, own_active, cost
                from active
            ), sums as (
                select %1$s,
                       count(*) filter (where first_of_chain and chain_start >= :first::date) as inflow,
                       count(*) filter (where chain_last and chain_end <= :last::date) as outflow,
                       count(*) filter (where own_active) as provisions,
                       coalesce(sum(cost), 0) as cost
                from labelled
                %2$s
            ), distincts as (
                select %1$s, count(distinct client) as clients, count(distinct chain) as chains
                from (select law, category_code, provider, referrer, district, client, chain from labelled) l
                %2$s
            )
            select dimension, label, clients, chains, inflow, outflow, provisions, cost
            from sums join distincts using (dimension, label)
            order by 1, 2
            """.formatted(DIMENSION, DIMENSIONS);

    /** The shares whose list names the families below the line: without a contact person, a talk, a timely decision. */
    static final Set<Indicator> SHORTFALL_BEHIND = Set.of(Indicator.FAMILIES_WITH_CONTACT_PERSON,
            Indicator.PERSPECTIVE_TALK_AT_16_5, Indicator.PERSPECTIVE_TALK_BEFORE_18, Indicator.WITHIN_STATUTORY_TERM);

    private static Map<Indicator, String> familiesBehind() {
        String youth = "law = 'JEUGDWET'";
        String nonResidential = youth + " and not residential";
        String residential = youth + " and residential";
        Map<Indicator, String> rows = new EnumMap<>(Indicator.class);
        for (Indicator indicator : List.of(Indicator.PROVISIONS, Indicator.YOUTH_IN_CARE, Indicator.COST_PER_YOUTH,
                Indicator.SPENDING_TOTAL)) {
            rows.put(indicator, youth);
        }
        rows.put(Indicator.NON_RESIDENTIAL_YOUTH_SHARE, nonResidential);
        rows.put(Indicator.SPENDING_NON_RESIDENTIAL, nonResidential);
        rows.put(Indicator.RESIDENTIAL_YOUTH_SHARE, residential);
        rows.put(Indicator.SPENDING_RESIDENTIAL, residential);
        rows.put(Indicator.COST_PER_RESIDENTIAL_YOUTH, residential);
        rows.put(Indicator.COST_PER_FOSTER_CARE_YOUTH, residential + " and foster");
        rows.put(Indicator.COST_PER_OTHER_RESIDENTIAL_YOUTH, residential + " and not foster");
        rows.put(Indicator.ONLY_NON_RESIDENTIAL_SHARE, nonResidential
                + " and client not in (select client from active where " + residential + ")");
        rows.put(Indicator.INFLOW_NON_RESIDENTIAL,
                nonResidential + " and first_of_chain and chain_start >= :first::date");
        rows.put(Indicator.OUTFLOW_NON_RESIDENTIAL, nonResidential + " and chain_last and chain_end <= :last::date");
        rows.put(Indicator.INFLOW_RESIDENTIAL, residential + " and first_of_chain and chain_start >= :first::date");
        rows.put(Indicator.OUTFLOW_RESIDENTIAL, residential + " and chain_last and chain_end <= :last::date");
        rows.put(Indicator.EXTENSIONS, EXTENSION);
        rows.put(Indicator.LIGHT_HOUSING_SHARE, residential + " and housing = 'LIGHT'");
        rows.put(Indicator.HEAVY_HOUSING_YOUTH, residential + " and housing = 'HEAVY'");
        rows.put(Indicator.FAMILIES_WITH_CONTACT_PERSON, """
                family_id is not null
                and not exists (select 1 from family_contact_person_facts c
                                where c.family_id = active.family_id and c.started_at < :last::date + 1
                                  and (c.ended_at is null or c.ended_at >= :last::date + 1))""");
        rows.put(Indicator.PROFESSIONALS_PER_FAMILY,
                "family_id in (select v.family_id from plan_version_facts v where v.created_at < :last::date + 1)");
        rows.put(Indicator.FAMILIES_TWO_LAWS, lawsPerFamily(2));
        rows.put(Indicator.FAMILIES_THREE_LAWS, lawsPerFamily(3));
        Map<Indicator, String> statements = new EnumMap<>(Indicator.class);
        rows.forEach((indicator, where) -> statements.put(indicator, behind(where)));
        statements.put(Indicator.REPEAT_INFLOW, REPEAT_JUDGED + familiesOf("judged", REPEATED));
        statements.put(Indicator.PERSPECTIVE_TALK_AT_16_5,
                "with " + ACTIVE + TALKS_JUDGED + familiesOf("judged", "older and not " + TALK_AT_16_5));
        statements.put(Indicator.PERSPECTIVE_TALK_BEFORE_18,
                "with " + ACTIVE + TALKS_JUDGED + familiesOf("judged", "turning and not " + TALK_BEFORE_18));
        statements.put(Indicator.RESIDENTIAL_DURATION, STAYS + familiesOf("stays", ENDED_STAY));
        statements.put(Indicator.RESIDENTIAL_TO_FAMILY_OR_AMBULANT, STAYS + familiesOf("moved_on", "true"));
        statements.put(Indicator.LEAD_TIME, familiesOf("casework_request_facts", DECIDED));
        statements.put(Indicator.WITHIN_STATUTORY_TERM,
                familiesOf("casework_request_facts", DECIDED + " and not (" + WITHIN_TERM + ")"));
        if (statements.size() != Indicator.values().length) {
            throw new IllegalStateException("An indicator without the families behind it");
        }
        return Map.copyOf(statements);
    }

    private static String lawsPerFamily(int laws) {
        return "family_id in (select family_id from active where family_id is not null group by family_id"
                + " having count(distinct law) = " + laws + ")";
    }

    /** The families of the rows of {@code from} that {@code where} selects, each with how many rows it counts. */
    private static String familiesOf(String from, String where) {
        return "select family_id, count(*) as counted from %s where %s group by family_id\n".formatted(from, where);
    }

    /** The families of the period's active rows that {@code where} selects (the imported history without one). */
    static String behind(String where) {
        return "with " + ACTIVE + familiesOf("active", where);
    }

    /** The families behind a breakdown's group (as {@link #BREAKDOWNS} groups them): {@code :label}. */
    static String behind(Dimension dimension) {
        return behind(switch (dimension) {
            case LAW -> "law = :label";
            case CATEGORY -> "category_code = :label";
            case PROVIDER -> "provider = :label";
            case REFERRER -> "coalesce(referrer, '') = :label";
            case DISTRICT -> "coalesce(district, '') = :label";
        });
    }

    /** Extensions (M10), of the rows of {@code active}: starting in the period as a later member or on a request. */
    private static final String EXTENSION = "law = 'JEUGDWET' and start_date >= :first::date"
            + " and (not first_of_chain or extension_request)";

    /** The families behind a month of {@link #FLOWS}, of the month's members: the chains flowing in or out. */
    static final String FLOWS_BEHIND = behind("law = 'JEUGDWET' and (first_of_chain and chain_start >= :first::date"
            + " or chain_last and chain_end <= :last::date)");

    /** The families behind a line of {@link #EXTENSIONS}: its provider, product, year and quarter. */
    static final String EXTENSIONS_BEHIND = behind(EXTENSION + """
             and provider = :provider and product_code = :product and extract(year from start_date) = :year
             and extract(quarter from start_date) = :quarter""");

    /** Extensions (M10): as in {@link #YOUTH}, per provider, product code and quarter of their start. */
    static final String EXTENSIONS = """
            select provider, product_code, extract(year from start_date)::int as year,
                   extract(quarter from start_date)::int as quarter, count(*) as extensions
            from monitor_member
            where law = 'JEUGDWET' and start_date between :first::date and :last::date
              and (not first_of_chain or extension_request)
            group by 1, 2, 3, 4
            order by 3, 4, 1, 2
            """;

    /**
     * Contracts ("nee, tenzij" is the strict application of the contracts), per law, over the provisions active in the
     * period: how many, how many of a personal-budget product (pgb), the period's cost and that of the pgb provisions;
     * and of the in-kind provisions whose contract is known (Gezinsplan's own; imported history says nothing of it),
     * those whose provider was not contracted for the product when it was chosen.
     */
    static final String CONTRACTS = "with " + ACTIVE + """
            select law,
                   count(*) filter (where own_active) as provisions,
                   count(*) filter (where own_active and personal_budget) as personal_budget,
                   coalesce(sum(cost), 0) as cost,
                   coalesce(sum(cost) filter (where personal_budget), 0) as personal_budget_cost,
                   count(*) filter (where own_active and not personal_budget and contracted is not null) as in_kind_known,
                   count(*) filter (where own_active and not personal_budget and not contracted) as off_contract
            from active
            group by law
            """;

    /**
     * The chains active in the period whose product has an agreed maximum duration (M10): each with its law, product,
     * the agreed months, its start, the day it ran until (its end, or the period's end while it runs on or a later
     * member follows) and its provider, the one of its latest member in the period.
     */
    private static final String AGREED_CHAINS = """
            select law, chain, min(product_code) as product_code, min(max_duration_months) as max_months,
                   min(chain_start) as chain_start,
                   coalesce(least(max(chain_end) filter (where chain_last), :last::date), :last::date) as ran_until,
                   (array_agg(provider order by start_date desc, provision desc))[1] as provider
            from active
            where max_duration_months is not null
            group by law, chain""";

    /** Of {@link #AGREED_CHAINS}: ran until a day at least the agreed months after the chain's start. */
    private static final String RAN_LONGER = "ran_until >= chain_start + make_interval(months => max_months)";

    /** Care longer than agreed (M10), per law, provider and product: of {@link #AGREED_CHAINS}, those that ran longer. */
    static final String LONGER_THAN_AGREED = "with " + ACTIVE + ", chains as (" + AGREED_CHAINS + ")" + """
            select law, provider, product_code, max_months, count(*) as chains, count(*) filter (where %s) as longer
            from chains
            group by law, provider, product_code, max_months
            order by law, longer desc, chains desc, provider, product_code
            """.formatted(RAN_LONGER);

    /** The families behind a line of {@link #LONGER_THAN_AGREED}: of the members of its chains that ran longer. */
    static final String LONGER_THAN_AGREED_BEHIND = behind("chain in (select chain from (" + AGREED_CHAINS
            + ") agreed where law = :law and provider = :provider and product_code = :product and " + RAN_LONGER + ")");

    /** The families behind a law's care without a contract in {@link #CONTRACTS}. */
    static final String WITHOUT_CONTRACT_BEHIND =
            behind("law = :law and own_active and not personal_budget and not contracted");

    /**
     * Outflow reasons (DOMAIN.md 5, why care ended), on the view itself (every provision, every age): of Gezinsplan's
     * own provisions whose effective end lies in the period, those with the outflow reason recorded at their
     * evaluation, per law and reason. Provisions stopped early or ended without an evaluation have no reason and are
     * not counted; imported history has none.
     */
    static final String OUTFLOW_REASONS = """
            select law, outflow_reason, count(*) as provisions
            from monitor_provision
            where outflow_reason is not null and end_date between :first::date and :last::date
            group by law, outflow_reason
            """;

    /**
     * Objections (on the objection module's read model): per law, those received in the period, those decided in the
     * period (inadmissible, unfounded or well-founded, by the day they ended; withdrawn ones decide nothing) and of
     * those the upheld, well-founded ones.
     */
    static final String OBJECTIONS = """
            select law,
                   count(*) filter (where received_on between :first::date and :last::date) as received,
                   count(*) filter (where status in ('INADMISSIBLE', 'UNFOUNDED', 'WELL_FOUNDED')
                                    and concluded_on between :first::date and :last::date) as decided,
                   count(*) filter (where status = 'WELL_FOUNDED'
                                    and concluded_on between :first::date and :last::date) as upheld
            from objection_facts
            where received_on between :first::date and :last::date
               or concluded_on between :first::date and :last::date
            group by law
            order by law
            """;

    /**
     * Budget use and the forecast's parts per law, on the view itself (every provision, every age), in the calendar
     * year {@code :yearFirst-:yearLast} as known on {@code :asOf}: what was spent up to that day, what the care known
     * then commits after it up to the year's end (together: what the provisions cost in the year, running ones up to
     * its end), and the pace of new care in the three months before {@code :asOf}'s month
     * ({@code :pace1-:pace2-:pace3-:asOfMonth}): the cost per day of the provisions that started in each.
     */
    static final String YEAR_SPENDING = """
            select law,
                   coalesce(sum(cost_per_day * greatest(least(coalesce(end_date, :asOf::date), :asOf::date)
                       - greatest(start_date, :yearFirst::date) + 1, 0)), 0) as spent,
                   coalesce(sum(cost_per_day * greatest(least(coalesce(end_date, :yearLast::date), :yearLast::date)
                       - greatest(start_date, :asOf::date + 1) + 1, 0)), 0) as committed,
                   coalesce(sum(cost_per_day) filter (where start_date >= :pace1::date and start_date < :pace2::date),
                       0) as pace_1,
                   coalesce(sum(cost_per_day) filter (where start_date >= :pace2::date and start_date < :pace3::date),
                       0) as pace_2,
                   coalesce(sum(cost_per_day) filter (where start_date >= :pace3::date
                                                      and start_date < :asOfMonth::date), 0) as pace_3
            from monitor_provision
            where start_date <= :yearLast::date and (end_date is null or end_date >= :yearFirst::date)
               or start_date >= :pace1::date and start_date < :asOfMonth::date
            group by law
            """;

    /**
     * The costliest tenth of the families (measure 12), on casework's read model (Gezinsplan's own provisions, every law
     * and age), for the calendar year {@code :yearFirst-:yearLast}: of the families with care active in it, ranked by what
     * it cost in the year (ties by family), the first tenth (rounded up), each with its cost in the year before
     * ({@code :previousFirst} onwards), its provisions and laws active in the year, and the professionals in its latest
     * plan version by the year's end; with the number of families and the cost of all.
     */
    static final String COSTLIEST_FAMILIES = """
            with family_cost as (
                select family_id,
                       sum(cost_per_day * greatest(least(coalesce(end_date, :yearLast::date), :yearLast::date)
                           - greatest(start_date, :yearFirst::date) + 1, 0)) as cost,
                       sum(cost_per_day * greatest(least(coalesce(end_date, :yearFirst::date - 1), :yearFirst::date - 1)
                           - greatest(start_date, :previousFirst::date) + 1, 0)) as cost_before,
                       count(*) filter (where start_date <= :yearLast::date
                                        and (end_date is null or end_date >= :yearFirst::date)) as provisions,
                       count(distinct law) filter (where start_date <= :yearLast::date
                                                   and (end_date is null or end_date >= :yearFirst::date)) as laws
                from casework_provision_facts
                where start_date <= :yearLast::date
                  and (end_date is null or end_date >= :previousFirst::date)
                group by family_id
            ), ranked as (
                select f.*, row_number() over (order by cost desc, family_id) as rank, count(*) over () as families,
                       sum(cost) over () as total_cost
                from family_cost f
                where provisions > 0
            )
            select r.*,
                   (select v.professionals from plan_version_facts v where v.family_id = r.family_id
                    and v.created_at < :yearLast::date + 1 order by v.number desc limit 1) as professionals
            from ranked r
            where rank <= ceil(families / 10.0)
            order by rank
            """;

    /** The families behind a line of {@link #OUTFLOW_REASONS}: {@code :law} and {@code :reason}. */
    static final String OUTFLOW_REASONS_BEHIND = familiesOf("monitor_provision",
            "law = :law and outflow_reason = :reason and end_date between :first::date and :last::date");

    /** The families behind a law's line of {@link #OBJECTIONS}: of the objections received or decided in the period. */
    static final String OBJECTIONS_BEHIND = familiesOf("objection_facts", """
            law = :law and (received_on between :first::date and :last::date
                            or status in ('INADMISSIBLE', 'UNFOUNDED', 'WELL_FOUNDED')
                               and concluded_on between :first::date and :last::date)""");

    /** The families behind a code of {@link #REASONS}: {@code :kind}, {@code :law} and {@code :code}. */
    static final String REASONS_BEHIND = RECORDED_REASONS
            + familiesOf("recorded", "kind = :kind and law = :law and code = :code");

    /** The families behind a line of {@link #WAITING_TIMES}: {@code :stage}, and {@code :law} or '' for all laws. */
    static final String WAITING_BEHIND = WAITS + familiesOf("waits", "stage = :stage and (:law = '' or law = :law)");

    /** The families behind a provider's months not delivered in {@link #DELIVERY}. */
    static final String NOT_DELIVERED_BEHIND = familiesOf("""
            (select p.family_id, p.provider, d.month, d.delivered
             from portal_care_delivery_facts d join casework_provision_facts p on p.provision = d.provision) delivery""",
            "provider = :provider and not delivered and month between :first::date and :last::date");

    /**
     * The families behind a law's line of the budgets and the forecast ({@link #YEAR_SPENDING}): of the provisions whose
     * cost counts in the calendar year (the period's), spent or committed.
     */
    static final String YEAR_CARE_BEHIND = familiesOf("monitor_provision",
            "law = :law and start_date <= :last::date and (end_date is null or end_date >= :first::date)");

    /** The families behind a law's line of {@link #OUTCOMES}: of the care ended or stopped in the period. */
    static final String OUTCOMES_BEHIND = familiesOf("casework_provision_facts",
            "law = :law and status in ('ENDED', 'STOPPED') and end_date between :first::date and :last::date");

    /**
     * The families behind each indicator's number: a statement per indicator that returns them with how many rows of
     * theirs it counts ({@link #familiesOf}); the row without a family counts imported history. Youth and families'
     * indicators take the rows of {@code active} they count, as in {@link #YOUTH} and {@link #FAMILIES}; the others the
     * rows their own statement counts. A share names the families above the line, except where it measures a duty
     * towards each family ({@link #SHORTFALL_BEHIND}): there it names those the duty was not met for, the ones to act
     * on. Every indicator has its statement.
     */
    static final Map<Indicator, String> FAMILIES_BEHIND = familiesBehind(); // last: made of the statements above

    private MonitorQueries() {
    }
}
