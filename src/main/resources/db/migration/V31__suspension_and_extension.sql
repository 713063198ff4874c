-- The law's clock (issue 17 items 1 and 2). A request's term is suspended (opschorten, Awb 4:15) while the
-- municipality waits for the family: why, what is asked, until when; it ends when the consultant resumes it, when the
-- family answers in the portal, or when the until-date passes unanswered. The suspended days are the days from its
-- start up to its end. A term is extended (verdagen, Awb 4:14) once per request, before it ends, with a reason and
-- the new date; the letter that tells the family is kept as sent.
-- The days a withdrawn request, or one closed without decision, was closed before a manager reopened it (V32) do not
-- count for its term either: they are kept here as a period that ended REOPENED, from the day it closed to the day it
-- was reopened (its until_date too), without a reason or a question to the family.
create table term_suspension (
    id         bigint generated always as identity primary key,
    request_id bigint        not null references request (id),
    reason     varchar(500),
    asked      varchar(2000),
    until_date date          not null,
    started_on date          not null,
    started_by varchar(64)   not null,
    started_at timestamptz   not null,
    ended_on   date,
    ended_by   varchar(64),
    ended_at   timestamptz,
    ended_how  varchar(16) check (ended_how in ('CONSULTANT', 'FAMILY', 'UNTIL_PASSED', 'CLOSED', 'REOPENED')),
    check ((ended_on is null) = (ended_how is null)),
    check (case when ended_how = 'REOPENED' then reason is null and asked is null
                else reason is not null and asked is not null end),
    check (until_date >= started_on and (ended_on is null or ended_on >= started_on))
);

create index term_suspension_request_idx on term_suspension (request_id, started_at);
-- at most one suspension of a request runs at a time
create unique index term_suspension_running_idx on term_suspension (request_id) where ended_on is null;

create table term_extension (
    request_id    bigint primary key references request (id),
    reason        varchar(2000) not null,
    previous_due  date          not null,
    extended_to   date          not null check (extended_to > previous_due),
    extended_by   varchar(64)   not null,
    extended_at   timestamptz   not null,
    letter        bytea,
    letter_sha256 char(64)
);

-- the monitor counts lead times without the suspended days and within the extended term (README: The management
-- monitor); the columns are added at the end, as a read model's columns are a promise to its readers
create or replace view casework_request_facts as
select r.id as request, r.law, r.requested_on, r.applied_on, r.decided_on, r.extension_of,
       coalesce((select sum(coalesce(s.ended_on, r.decided_on, current_date) - s.started_on)
                 from term_suspension s where s.request_id = r.id), 0)::int as suspended_days,
       e.extended_to,
       coalesce((select sum(coalesce(s.ended_on, r.decided_on, current_date) - s.started_on)
                 from term_suspension s
                 where s.request_id = r.id and e.extended_at is not null and s.started_at > e.extended_at), 0)::int
           as suspended_days_after_extension
from request r
left join term_extension e on e.request_id = r.id;
