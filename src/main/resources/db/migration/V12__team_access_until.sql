-- A team's access to a family follows the dates (issue 12): the last day of the team's open work for the family, or
-- null while that work has no end (an open request, a provision without an end date, the panel while it decides).
-- The access rule compares it with today, so access ends the day after without anything else happening.
alter table family_team add column open_until date;

-- Rows written before this column: a team whose open work is only provisions with an end date gets the last of them
update family_team t
set open_until = work.last_day
from (select v.family_id,
             case pr.law when 'JEUGDWET' then 'jeugd' when 'WMO' then 'wmo' else 'participatie' end as team_code,
             max(v.allocation_end) as last_day
      from provision v
      join product pr on pr.id = v.product_id
      where v.status in ('PROPOSED', 'GRANTED')
      group by 1, 2
      having bool_and(v.allocation_end is not null)) work
where t.family_id = work.family_id
  and t.team_code = work.team_code
  and not exists (select 1 from request r
                  where r.family_id = t.family_id and r.status = 'OPEN'
                    and case r.law when 'JEUGDWET' then 'jeugd' when 'WMO' then 'wmo' else 'participatie' end
                        = t.team_code);
