-- The management monitor: allocation history from before Gezinsplan, imported from files in the shape of the national
-- allocation messages, and one view over that history and Gezinsplan's own provisions that the indicators read.

-- one import of one file: who loaded what, when, and what came of it
create table allocation_import (
    id             bigint generated always as identity primary key,
    file_name      varchar(255) not null,
    -- SHA-256 of the whole file, so an administrator sees that a file was loaded before
    content_hash   char(64)     not null,
    imported_by    varchar(64)  not null,
    imported_at    timestamptz  not null,
    lines          integer      not null,
    loaded         integer      not null,
    already_loaded integer      not null,
    rejected       integer      not null
);

create index allocation_import_hash_idx on allocation_import (content_hash);

-- one allocation (toewijzing) of the imported history
create table allocation_history (
    id               bigint generated always as identity primary key,
    import_id        bigint         not null references allocation_import (id),
    -- SHA-256 of the normalised line: a line loaded before is not loaded again, whatever file it comes in
    line_hash        char(64)       not null unique,
    -- the BSN, or the municipality's client number when the file has no BSN
    client           varchar(32)    not null,
    birth_date       date           not null,
    law              varchar(20)    not null check (law in ('JEUGDWET', 'WMO', 'PARTICIPATIEWET')),
    category_code    varchar(10)    not null,
    product_code     varchar(10)    not null,
    provider         varchar(200)   not null,
    referrer         varchar(64),
    district         varchar(100),
    allocation_start date           not null,
    allocation_end   date,
    care_start       date,
    care_end         date,
    volume           numeric(12, 2),
    unit             varchar(16),
    frequency        varchar(16),
    tariff           numeric(12, 2),
    amount           numeric(14, 2),
    -- worked out once at import from the amount or from volume, tariff and frequency (see AllocationImport)
    cost_per_day     numeric(14, 4) not null check (cost_per_day >= 0),
    check (allocation_end is null or allocation_end >= allocation_start),
    check (care_end is null or care_start is null or care_end >= care_start)
);

create index allocation_history_import_idx on allocation_history (import_id);
create index allocation_history_client_idx on allocation_history (client, product_code);
create index allocation_history_start_idx on allocation_history (coalesce(care_start, allocation_start));

-- the lookups of the indicators on Gezinsplan's own records
create index request_decided_idx on request (decided_on) where decided_on is not null;
create index term_extension_idx on request (extension_of) where extension_of is not null;
create index meeting_person_kind_idx on meeting (person_id, kind, held_on);
create index plan_version_family_idx on plan_version (family_id, number desc);
create index provision_dates_idx on provision (coalesce(care_start, allocation_start))
    where status in ('GRANTED', 'STOPPED', 'ENDED');

-- Every allocation the monitor counts: the imported history and Gezinsplan's own provisions that were granted
-- (GRANTED, STOPPED, ENDED; not PROPOSED or NOT_GRANTED). Effective start and end: the care dates, each falling back
-- to the allocation date when missing; no end means still running. The client is the BSN when known, so history and
-- own provisions of one person chain together. Cost per day: own provisions spread volume x tariff over a year by
-- their frequency (as casework.Frequency: 52 per week, 12 per month) or, when given once, over their own days.
create view monitor_allocation as
-- the allocation's id: positive for imported history, negative for Gezinsplan's own provisions
select h.id                                                     as allocation,
       h.client,
       h.birth_date,
       null::bigint                                             as person_id,
       null::bigint                                             as family_id,
       h.law,
       h.category_code,
       h.product_code,
       h.provider,
       h.referrer,
       h.district,
       h.allocation_start,
       coalesce(h.care_start, h.allocation_start)               as start_date,
       coalesce(h.care_end, h.allocation_end)                   as end_date,
       h.cost_per_day,
       false                                                    as foster_care,
       null::varchar(10)                                        as housing_form,
       false                                                    as extension_request
from allocation_history h
union all
select -v.id,
       coalesce(p.bsn, 'person:' || p.id),
       p.birth_date,
       p.id,
       v.family_id,
       d.law,
       d.category_code,
       d.code,
       o.name,
       r.referrer,
       f.district,
       v.allocation_start,
       coalesce(v.care_start, v.allocation_start),
       coalesce(v.care_end, v.allocation_end),
       case v.frequency
           when 'PER_WEEK' then v.volume * v.tariff * 52 / 365.0
           when 'PER_MONTH' then v.volume * v.tariff * 12 / 365.0
           else v.volume * v.tariff / greatest(coalesce(v.care_end, v.allocation_end, v.care_start, v.allocation_start)
               - coalesce(v.care_start, v.allocation_start) + 1, 1)
       end,
       d.foster_care,
       d.housing_form,
       r.extension_of is not null
from provision v
         join person p on p.id = v.person_id
         join family f on f.id = v.family_id
         join product d on d.id = v.product_id
         join provider o on o.id = v.provider_id
         left join request r on r.id = v.request_id
where v.status in ('GRANTED', 'STOPPED', 'ENDED');
