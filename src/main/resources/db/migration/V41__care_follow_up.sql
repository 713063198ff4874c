-- A family's report that care was not delivered is followed up by staff ("Opgevolgd", with a short note); a report
-- not followed up in time goes to the managers of the family's teams (notification CARE_NOT_FOLLOWED_UP).
alter table care_delivery
    add column followed_up_by varchar(64),
    add column followed_up_at timestamptz,
    add column follow_up_note varchar(500),
    add check ((followed_up_at is null) = (followed_up_by is null)),
    add check (followed_up_at is null or length(trim(follow_up_note)) > 0);

-- the scan for reports waiting for a follow-up reads only these
create index care_delivery_follow_up_idx on care_delivery (answered_at) where not delivered and followed_up_at is null;
