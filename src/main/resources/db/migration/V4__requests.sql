-- The panel that decides doubtful youth-care requests ("nee, tenzij") is a team of its own: while a request waits for
-- it, the panel has open work for the family and may read its file.
alter table user_account drop constraint user_account_role_check;
alter table user_account add constraint user_account_role_check
    check (role in ('CONSULTANT', 'MANAGER', 'PANEL', 'FAMILY', 'ADMIN'));

insert into team (code, name) values ('panel', 'Panel nee-tenzij');

-- A request for help (melding, aanvraag) for one member of a family under one law. The engine knows where the request
-- is on its route; this table keeps what was asked, what was decided and when.
create table request (
    id                 bigint generated always as identity primary key,
    family_id          bigint        not null references family (id),
    person_id          bigint        not null references person (id),
    law                varchar(20)   not null check (law in ('JEUGDWET', 'WMO', 'PARTICIPATIEWET')),
    referrer           varchar(32)   not null,
    urgency            varchar(16)   not null check (urgency in ('NORMAL', 'CRISIS')),
    requested_on       date          not null,
    -- the provision an extension request would continue
    extension_of       bigint references provision (id),
    description        varchar(2000),
    status             varchar(32)   not null
        check (status in ('OPEN', 'SOLVED_WITHOUT_CUSTOM_CARE', 'REFUSED', 'WITHDRAWN', 'GRANTED')),
    triage_outcome     varchar(32),
    -- codes of TriageReason, comma separated: what triage found behind the question, across the domains
    triage_reasons     varchar(400),
    triage_note        varchar(2000),
    -- under the Wmo the application follows the research; the decision term runs from it
    applied_on         date,
    nee_tenzij_outcome varchar(8) check (nee_tenzij_outcome in ('YES', 'NO', 'DOUBT')),
    at_panel           boolean       not null default false,
    panel_outcome      varchar(8) check (panel_outcome in ('YES', 'NO')),
    -- codes of RefusalReason, comma separated, and what the family is offered instead
    refusal_reasons    varchar(200),
    alternatives       varchar(2000),
    decided_on         date,
    closed_on          date,
    registered_by      varchar(64)   not null,
    registered_at      timestamptz   not null,
    version            integer       not null
);

create index request_family_idx on request (family_id);
create index request_status_idx on request (status, law);

-- the provisions proposed for a request (demo history and provisions recorded outside the route have none); those of a
-- refused or withdrawn request are not granted
alter table provision add column request_id bigint references request (id);
-- the provider's latest answer on the exit perspective of residential care, asked for by the monthly review
alter table provision add column exit_perspective varchar(2000);
alter table provision add column exit_perspective_on date;
-- why care ended, as the evaluation meeting concluded
alter table provision add column outflow_reason varchar(16) check (outflow_reason in ('NO_FOLLOW_UP', 'SCALED_DOWN', 'SCALED_UP'));
alter table provision drop constraint provision_status_check;
alter table provision add constraint provision_status_check
    check (status in ('PROPOSED', 'GRANTED', 'NOT_GRANTED', 'STOPPED', 'ENDED'));
create index provision_request_idx on provision (request_id);

-- every four-eyes and manager verdict on a request's proposal, approvals and rejections alike
create table approval_verdict (
    id         bigint generated always as identity primary key,
    request_id bigint        not null references request (id),
    level      varchar(16)   not null check (level in ('FOUR_EYES', 'MANAGER')),
    decided_by varchar(64)   not null,
    decided_at timestamptz   not null,
    approved   boolean       not null,
    reason     varchar(2000)
);

create index approval_verdict_request_idx on approval_verdict (request_id);

-- the family's consent to a version of its plan, given in the portal or on paper to the consultant
create table plan_consent (
    id          bigint generated always as identity primary key,
    family_id   bigint      not null references family (id),
    plan_number integer     not null,
    channel     varchar(16) not null check (channel in ('PORTAL', 'PAPER')),
    recorded_by varchar(64) not null,
    agreed_at   timestamptz not null,
    unique (family_id, plan_number)
);

-- the reports of the meetings the route asks for: start, check and evaluation of a provision, the perspective talk
create table meeting (
    id                       bigint generated always as identity primary key,
    family_id                bigint        not null references family (id),
    person_id                bigint        not null references person (id),
    provision_id             bigint references provision (id),
    kind                     varchar(16)   not null check (kind in ('START', 'CHECK', 'EVALUATION', 'PERSPECTIVE')),
    held_on                  date          not null,
    attendees                varchar(1000) not null,
    notes                    varchar(4000),
    outcome                  varchar(32),
    exit_goal                varchar(1000),
    exit_criteria            varchar(2000),
    -- the perspective talk: life after 18
    housing                  varchar(1000),
    income                   varchar(1000),
    school_or_work           varchar(1000),
    wmo_support              varchar(1000),
    network                  varchar(1000),
    extended_youth_care      boolean       not null default false,
    extended_care_conditions varchar(2000),
    extended_care_end        date,
    recorded_by              varchar(64)   not null,
    recorded_at              timestamptz   not null
);

create index meeting_family_idx on meeting (family_id, held_on);
create index meeting_provision_idx on meeting (provision_id);
