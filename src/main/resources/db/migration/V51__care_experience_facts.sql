-- portal: the families' scores of care and their answers whether it was delivered, for the monitor's experience
-- figures (README: The management monitor). Without the member and the remark: the monitor counts, it does not quote.
create view portal_care_rating_facts as
select provision_id as provision, moment, effect_score, route_score, provider_score,
       (rated_at at time zone 'Europe/Amsterdam')::date as rated_on
from care_rating;

create view portal_care_delivery_facts as
select provision_id as provision, month, delivered
from care_delivery;
