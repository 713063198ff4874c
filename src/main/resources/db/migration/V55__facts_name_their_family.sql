-- The monitor's lists of the families behind a number (README: The families behind a number) reach the requests and
-- objections it counts through their family; a view may only gain columns at its end.

create or replace view casework_request_facts as
select r.id as request, r.law, r.requested_on, r.applied_on, r.decided_on, r.extension_of,
       coalesce((select sum(coalesce(s.ended_on, r.decided_on, current_date) - s.started_on)
                 from term_suspension s where s.request_id = r.id), 0)::int as suspended_days,
       e.extended_to,
       coalesce((select sum(coalesce(s.ended_on, r.decided_on, current_date) - s.started_on)
                 from term_suspension s
                 where s.request_id = r.id and e.extended_at is not null and s.started_at > e.extended_at), 0)::int
           as suspended_days_after_extension,
       (select c.conversation_on from research_report c where c.request_id = r.id) as conversation_on,
       -- the effective start (care start, else allocation start) of the earliest care granted on the request
       (select min(coalesce(v.care_start, v.allocation_start)) from provision v
        where v.request_id = r.id and v.status in ('GRANTED', 'STOPPED', 'ENDED')) as care_started_on,
       r.triage_outcome,
       (r.triaged_at at time zone 'Europe/Amsterdam')::date as triaged_on,
       r.nee_tenzij_outcome,
       (r.nee_tenzij_at at time zone 'Europe/Amsterdam')::date as nee_tenzij_on,
       r.panel_outcome,
       (r.panel_decided_at at time zone 'Europe/Amsterdam')::date as panel_decided_on,
       -- the coded reasons of a "nee, tenzij" refusal (the check's or the panel's), comma-separated
       r.refusal_reasons,
       r.family_id
from request r
left join term_extension e on e.request_id = r.id;

create or replace view objection_facts as
select id, law, received_on, status, concluded_on, family_id from objection;
