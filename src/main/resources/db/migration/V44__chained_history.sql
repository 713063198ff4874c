-- The monitor counts chains of provisions (per client, law and product code; reporting.ChainedProvisions). Imported
-- history is chained when it is imported, into chained_history, so a question of the monitor reads chains instead of
-- forming them from millions of provisions, and reads only the columns it counts by. Gezinsplan's own provisions, and
-- the history of the same client, law and product, are still chained when asked: casework does not tell reporting when
-- it grants or ends one.

-- every provision of the imported history the monitor counts (youth care only of youths aged 17 or younger on the
-- allocation start), with what the monitor reads of it (as monitor_provision has it) and its chain
create table chained_history (
    -- provision_history's id (no foreign key: the history is only ever added to, and a bulk load checks nothing)
    provision      bigint primary key,
    client         varchar(32) collate "C"  not null,
    law            varchar(20) collate "C"  not null,
    category_code  varchar(10) collate "C"  not null,
    product_code   varchar(10) collate "C"  not null,
    provider       varchar(200) collate "C" not null,
    referrer       varchar(64) collate "C",
    district       varchar(100) collate "C",
    start_date     date                     not null,
    end_date       date,
    cost_per_day   numeric(14, 4)           not null,
    -- the chain's identity: a number made of its first member's start and provision
    chain          bigint                   not null,
    chain_start    date                     not null,
    first_of_chain boolean                  not null,
    -- the member that started last; it carries the chain's end (the latest end of its members, null while one runs)
    chain_last     boolean                  not null,
    chain_end      date
);

create index chained_history_chain_idx on chained_history (client, law, product_code);

-- the history imported before: chained once here, by the rule ChainedProvisions applies at every later import
insert into chained_history (provision, client, law, category_code, product_code, provider, referrer, district,
    start_date, end_date, cost_per_day, chain, chain_start, first_of_chain, chain_last, chain_end)
with counted as (
    select provision as id, client, law, category_code, product_code, provider, referrer, district, start_date,
           end_date, cost_per_day
    from monitor_provision
    where provision > 0 and (law <> 'JEUGDWET' or allocation_start < birth_date + interval '18 years')
), ordered as (
    select c.*,
           max(coalesce(end_date, 'infinity'::date)) over (same rows between unbounded preceding and 1 preceding)
               as previous_end
    from counted c
    window same as (partition by client, law, product_code order by start_date, end_date nulls last, id)
), marked as (
    select o.*,
           previous_end is null or start_date > previous_end + 2 as first_of_chain,
           greatest(previous_end, coalesce(end_date, 'infinity'::date)) as latest_end
    from ordered o
), chained as (
    select m.*,
           max(case when first_of_chain then (start_date - date '2000-01-01')::bigint * 1000000000000 + id end)
               over same as chain,
           max(case when first_of_chain then start_date end) over same as chain_start,
           coalesce(lead(first_of_chain) over same, true) as chain_last
    from marked m
    window same as (partition by client, law, product_code order by start_date, end_date nulls last, id
                    rows unbounded preceding)
)
select id, client, law, category_code, product_code, provider, referrer, district, start_date, end_date, cost_per_day,
       chain, chain_start, first_of_chain, chain_last, case when chain_last then nullif(latest_end, 'infinity'::date) end
from chained;
