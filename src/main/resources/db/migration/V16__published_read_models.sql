-- Read models that modules publish for others (the reporting module's monitor first): each view reads only its owner's
-- tables and is named after its owner, so a reader names no table of another module. Columns are a promise to readers:
-- add freely, rename or drop only with every reader.

-- casework: the provisions that were granted (GRANTED, STOPPED, ENDED; not PROPOSED or NOT_GRANTED), with their
-- product, provider and request. Effective start and end: the care dates, each falling back to the allocation date;
-- no end means still running. Cost per day: volume x tariff spread over a year by the frequency (as
-- casework.Frequency: 52 per week, 12 per month) or, when given once, over the provision's own days.
create view casework_provision_facts as
select v.id                                        as provision,
       v.person_id,
       v.family_id,
       d.law,
       d.category_code,
       d.code                                      as product_code,
       o.name                                      as provider,
       r.referrer,
       v.allocation_start,
       coalesce(v.care_start, v.allocation_start)  as start_date,
       coalesce(v.care_end, v.allocation_end)      as end_date,
       case v.frequency
           when 'PER_WEEK' then v.volume * v.tariff * 52 / 365.0
           when 'PER_MONTH' then v.volume * v.tariff * 12 / 365.0
           else v.volume * v.tariff / greatest(coalesce(v.care_end, v.allocation_end, v.care_start, v.allocation_start)
               - coalesce(v.care_start, v.allocation_start) + 1, 1)
       end                                         as cost_per_day,
       d.foster_care,
       d.housing_form,
       r.extension_of is not null                  as extension_request,
       -- why the care ended after its evaluation (casework.OutflowReason); null when it did not end that way
       v.outflow_reason
from provision v
         join product d on d.id = v.product_id
         join provider o on o.id = v.provider_id
         left join request r on r.id = v.request_id
where v.status in ('GRANTED', 'STOPPED', 'ENDED');

-- casework: every request with its law and its dates (requested, applied for under the Wmo, decided)
create view casework_request_facts as
select id as request, law, requested_on, applied_on, decided_on, extension_of
from request;

-- family: every person with the family they belong to, their BSN (empty while unknown) and birth date
create view family_person_facts as
select id as person_id, family_id, bsn, birth_date
from person;

-- family: every family with its district
create view family_facts as
select id as family_id, district
from family;

-- family: who was the family's contact person from when until when (no end: still is)
create view family_contact_person_facts as
select family_id, started_at, ended_at
from contact_person;

-- meeting: the perspective talks held, per youth
create view meeting_perspective_talk_facts as
select person_id, held_on
from meeting
where kind = 'PERSPECTIVE';

-- plan: every version of a family plan with how many professionals it involves (not the family's own network)
create view plan_version_facts as
select v.id                                                                            as plan_version,
       v.family_id,
       v.number,
       v.created_at,
       (select count(*) from plan_involved i where i.plan_version = v.id and i.kind = 'PROFESSIONAL') as professionals
from plan_version v;
