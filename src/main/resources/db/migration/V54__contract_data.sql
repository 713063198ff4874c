-- Contract data in the catalogue (README: The product catalogue and contracts): a provider's AGB code (Vektis, eight
-- digits); per product the agreed maximum duration of care in months (none: no maximum) and whether it is delivered in
-- kind (zorg in natura) or as a personal budget (pgb). Which providers are contracted for a product stays
-- provider_product (V25). A provision records whether its provider was contracted for its product when it was chosen,
-- and why another was chosen when not.

alter table provider add column agb_code varchar(8);
create unique index provider_agb_code_idx on provider (agb_code) where agb_code is not null;

alter table product add column max_duration_months integer;
alter table product add column financing varchar(16) not null default 'IN_KIND';
alter table product alter column financing drop default;

-- true for the provisions so far: every path required the provider to offer the product (V25)
alter table provision add column contracted boolean not null default true;
alter table provision add column off_contract_reason varchar(1000);

-- the starting catalogue: the agreed durations of the youth-care contracts; long-term and one-off care has none
update product set max_duration_months = d.months
from (values ('45A01', 12), ('45A02', 12), ('45A03', 12), ('45A04', 12), ('46A01', 12), ('54A01', 12), ('54A02', 6),
             ('55A01', 24), ('43A01', 12), ('43A02', 6), ('44A03', 24), ('44A04', 12), ('90002', 6),
             ('02A01', 12), ('04A01', 24), ('RE01', 12)) as d (code, months)
where product.code = d.code;

insert into product (code, name, law, category_code, unit, tariff, residential, foster_care, housing_form, active,
                     version, max_duration_months, financing) values
    ('45P01', 'Begeleiding individueel (pgb)', 'JEUGDWET', '45', 'HOUR', 57.60, false, false, null, true, 0, 12,
     'PERSONAL_BUDGET'),
    ('01P01', 'Huishoudelijke ondersteuning (pgb)', 'WMO', '01', 'HOUR', 26.80, false, false, null, true, 0, null,
     'PERSONAL_BUDGET'),
    ('02P01', 'Ondersteuning thuis individueel (pgb)', 'WMO', '02', 'HOUR', 51.20, false, false, null, true, 0, 12,
     'PERSONAL_BUDGET');

update provider set agb_code = a.code
from (values ('Stichting De Brug Jeugdhulp', '98001234'), ('Polderhart Zorgcoöperatie', '98002345'),
             ('GGZ De Horizon', '94003456'), ('Pleegzorg Flevoland-Midden', '98004567'),
             ('Gezinshuis De Linde', '98005678'), ('Thuiszorg Het Baken', '75006789'),
             ('Dagbesteding De Werkplaats', '75007890'), ('Hulpmiddelencentrum Noord', '75008901')) as a (name, code)
where provider.name = a.name;

-- casework: as V52, with whether the provision's provider was contracted for its product
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
       v.outflow_reason,
       v.status,
       v.contracted
from provision v
         join product d on d.id = v.product_id
         join provider o on o.id = v.provider_id
         left join request r on r.id = v.request_id
where v.status in ('GRANTED', 'STOPPED', 'ENDED');

-- casework: the catalogue's products with their contract terms, which the monitor reads by product code for its own
-- provisions and the imported history alike
create view casework_product_facts as
select code as product_code, law, name, financing, max_duration_months
from product;

-- reporting: as V17, with whether the provider was contracted for the product (unknown for imported history)
create or replace view monitor_provision as
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
       null::varchar(16)                          as outflow_reason,
       null::boolean                              as contracted
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
       c.outflow_reason,
       c.contracted
from casework_provision_facts c
         join family_person_facts p on p.person_id = c.person_id
         join family_facts f on f.family_id = c.family_id;
