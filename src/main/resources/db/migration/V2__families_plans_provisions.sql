-- One family, one plan, one contact person: the household, its members, the contact person with history, the
-- versioned family plan, the product catalogue and the provisions (allocations) across the three laws, and the
-- audit trail of every read and change of a family file.

create table family (
    id           bigint generated always as identity primary key,
    name         varchar(200) not null,
    street       varchar(200),
    house_number varchar(20),
    postal_code  varchar(7),
    city         varchar(100),
    district     varchar(100),
    created_at   timestamptz  not null,
    version      integer      not null
);

create index family_name_idx on family (lower(name) text_pattern_ops);

create table person (
    id          bigint generated always as identity primary key,
    family_id   bigint       not null references family (id),
    -- empty while a person has no BSN yet (a newborn not yet registered, someone newly arrived)
    bsn         char(9) unique,
    first_name  varchar(100) not null,
    last_name   varchar(150) not null,
    birth_date  date         not null,
    family_role varchar(20)  not null check (family_role in ('PARENT', 'CHILD', 'OTHER_ADULT')),
    created_at  timestamptz  not null,
    version     integer      not null
);

create index person_family_idx on person (family_id);
create index person_last_name_idx on person (lower(last_name) text_pattern_ops);
create index person_birth_date_idx on person (birth_date);

-- who was the family's contact person when; the current one has no end
create table contact_person (
    id          bigint generated always as identity primary key,
    family_id   bigint      not null references family (id),
    username    varchar(64) not null,
    started_at  timestamptz not null,
    ended_at    timestamptz,
    assigned_by varchar(64) not null
);

create unique index contact_person_current_idx on contact_person (family_id) where ended_at is null;
create index contact_person_username_idx on contact_person (lower(username)) where ended_at is null;

-- the teams with open work (a request or a provision) for the family; kept by casework, read by the access rule
create table family_team (
    family_id bigint      not null references family (id),
    team_code varchar(32) not null references team (code),
    primary key (family_id, team_code)
);

create index family_team_team_idx on family_team (team_code, family_id);

create table plan_version (
    id         bigint generated always as identity primary key,
    family_id  bigint      not null references family (id),
    number     integer     not null,
    author     varchar(64) not null,
    created_at timestamptz not null,
    unique (family_id, number)
);

-- items carry a key that stays the same from version to version, so versions can be compared item by item
create table plan_goal (
    plan_version      bigint        not null references plan_version (id) on delete cascade,
    position          integer       not null,
    item_key          uuid          not null,
    law               varchar(20)   not null check (law in ('JEUGDWET', 'WMO', 'PARTICIPATIEWET')),
    person_id         bigint references person (id),
    description       varchar(1000) not null,
    measurable_result varchar(1000) not null,
    target_date       date,
    status            varchar(20)   not null check (status in ('OPEN', 'IN_PROGRESS', 'ACHIEVED', 'STOPPED')),
    primary key (plan_version, position)
);

create table plan_agreement (
    plan_version bigint        not null references plan_version (id) on delete cascade,
    position     integer       not null,
    item_key     uuid          not null,
    party        varchar(200)  not null,
    action       varchar(1000) not null,
    due_date     date,
    primary key (plan_version, position)
);

create table plan_involved (
    plan_version bigint       not null references plan_version (id) on delete cascade,
    position     integer      not null,
    item_key     uuid         not null,
    name         varchar(200) not null,
    organisation varchar(200),
    role         varchar(200),
    kind         varchar(20)  not null check (kind in ('PROFESSIONAL', 'NETWORK')),
    primary key (plan_version, position)
);

create table provider (
    id     bigint generated always as identity primary key,
    name   varchar(200) not null unique,
    active boolean      not null default true
);

create table product (
    id            bigint generated always as identity primary key,
    code          varchar(10)   not null unique,
    name          varchar(200)  not null,
    law           varchar(20)   not null check (law in ('JEUGDWET', 'WMO', 'PARTICIPATIEWET')),
    -- the iJw / iWmo product category (43 and 44: youth care with residence); local categories for Participatie
    category_code varchar(10)   not null,
    unit          varchar(20)   not null check (unit in ('HOUR', 'DAY_PART', 'DAY', 'WEEK', 'MONTH', 'PIECE', 'TRAJECTORY')),
    tariff        numeric(10, 2) not null check (tariff >= 0),
    residential   boolean       not null,
    foster_care   boolean       not null,
    housing_form  varchar(10) check (housing_form in ('LIGHT', 'HEAVY')),
    active        boolean       not null,
    version       integer       not null
);

create index product_law_idx on product (law, active);

create table provision (
    id               bigint generated always as identity primary key,
    family_id        bigint         not null references family (id),
    person_id        bigint         not null references person (id),
    product_id       bigint         not null references product (id),
    provider_id      bigint         not null references provider (id),
    volume           numeric(10, 2) not null check (volume > 0),
    frequency        varchar(10)    not null check (frequency in ('PER_WEEK', 'PER_MONTH', 'ONCE')),
    -- the product's tariff when the provision was allocated; the catalogue's tariff may change later
    tariff           numeric(10, 2) not null check (tariff >= 0),
    allocation_start date           not null,
    allocation_end   date,
    care_start       date,
    care_end         date,
    status           varchar(20)    not null check (status in ('PROPOSED', 'GRANTED', 'STOPPED', 'ENDED')),
    created_at       timestamptz    not null,
    created_by       varchar(64)    not null,
    version          integer        not null,
    check (allocation_end is null or allocation_end >= allocation_start),
    check (care_end is null or care_start is null or care_end >= care_start)
);

create index provision_family_idx on provision (family_id);
create index provision_person_idx on provision (person_id);
create index provision_product_idx on provision (product_id);

-- Every read and change of a family file. No foreign keys: the trail outlives what it describes. The teams are a
-- snapshot, so a manager's search needs nothing but this table.
create table audit_event (
    id           bigint generated always as identity primary key,
    at           timestamptz   not null,
    actor        varchar(64)   not null,
    action       varchar(20)   not null check (action in ('READ', 'CREATE', 'UPDATE', 'DENIED')),
    family_id    bigint,
    -- a message key (audit.*) and its argument, so the trail reads in the reader's language
    subject      varchar(100)  not null,
    detail       varchar(500),
    actor_teams  varchar(32)[] not null,
    family_teams varchar(32)[] not null
);

create index audit_event_at_idx on audit_event (at desc);
create index audit_event_family_idx on audit_event (family_id, at desc);
create index audit_event_actor_idx on audit_event (lower(actor), at desc);
