-- The monitor's outcomes (README: The management monitor): whether care ended as planned or was stopped early, and the
-- status of the plan's goals when it ended. Columns are added at the end, as a read model's columns are a promise.

-- casework: as V16, with the provision's status (GRANTED, STOPPED: ended early; ENDED: ended at its evaluation)
create or replace view casework_provision_facts as
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
       v.outflow_reason,
       v.status
from provision v
         join product d on d.id = v.product_id
         join provider o on o.id = v.provider_id
         left join request r on r.id = v.request_id
where v.status in ('GRANTED', 'STOPPED', 'ENDED');

-- plan: every goal of every plan version, with its law, the member it is for (none: the family's) and its status
create view plan_goal_facts as
select v.family_id, v.number, v.created_at, g.item_key, g.law, g.person_id, g.status
from plan_goal g
         join plan_version v on v.id = g.plan_version;
