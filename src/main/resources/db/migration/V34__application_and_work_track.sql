-- The Wmo and the Participatiewet route as the laws describe them (issue 17, items 5 and 6): after the notification
-- (melding) and the research the person applies (aanvraag), in the portal by agreeing with the research report or on
-- paper or in a conversation recorded by the consultant; the decision term runs from that day (applied_on, which
-- before this version was the day of the proposal). Under the Participatiewet a work track starts at once (work
-- first), beside the intake for the benefit: what was agreed, from when, by whom. The proposal keeps its own day.
alter table request
    add column proposed_on           date,
    add column application_channel   varchar(16)
        constraint request_application_channel_check check (application_channel in ('PORTAL', 'PAPER', 'CONVERSATION')),
    add column applied_by            varchar(64),
    add column work_track_agreements varchar(2000),
    add column work_track_starts_on  date,
    add column work_track_started_by varchar(64),
    add column work_track_started_at timestamptz;

-- Until now the proposal's day was recorded as applied_on for every law; it was the application only under the Wmo.
update request set proposed_on = applied_on where proposed_by is not null;
update request set applied_on = null where law <> 'WMO';
