-- The monitor says provision for what it counts, as the rest of Gezinsplan does: the imported history becomes
-- provision_history and provision_import (the files keep the shape of the national allocation messages), and the
-- monitor's view monitor_provision reads only reporting's own tables and the read models casework and family
-- publish (V16), no longer their tables.

alter table allocation_import rename to provision_import;
alter index allocation_import_hash_idx rename to provision_import_hash_idx;
alter table allocation_history rename to provision_history;
alter index allocation_history_import_idx rename to provision_history_import_idx;
alter index allocation_history_client_idx rename to provision_history_client_idx;
alter index allocation_history_start_idx rename to provision_history_start_idx;

drop view monitor_allocation;

-- Every provision the monitor counts: the imported history and Gezinsplan's own granted provisions. The client is
-- the BSN when known, so history and own provisions of one person chain together. The outflow reason is known only
-- for Gezinsplan's own provisions.
create view monitor_provision as
-- the provision's id: positive for imported history, negative for Gezinsplan's own provisions
select h.id                                       as provision,
       h.client,
       h.birth_date,
       null::bigint                               as person_id,
       null::bigint                               as family_id,
       h.law,
       h.category_code,
       h.product_code,
       h.provider,
       h.referrer,
       h.district,
       h.allocation_start,
       coalesce(h.care_start, h.allocation_start) as start_date,
       coalesce(h.care_end, h.allocation_end)     as end_date,
       h.cost_per_day,
       false                                      as foster_care,
       null::varchar(10)                          as housing_form,
       false                                      as extension_request,
       null::varchar(16)                          as outflow_reason
from provision_history h
union all
select -c.provision,
       coalesce(p.bsn, 'person:' || p.person_id),
       p.birth_date,
       p.person_id,
       c.family_id,
       c.law,
       c.category_code,
       c.product_code,
       c.provider,
       c.referrer,
       f.district,
       c.allocation_start,
       c.start_date,
       c.end_date,
       c.cost_per_day,
       c.foster_care,
       c.housing_form,
       c.extension_request,
       c.outflow_reason
from casework_provision_facts c
         join family_person_facts p on p.person_id = c.person_id
         join family_facts f on f.family_id = c.family_id;
