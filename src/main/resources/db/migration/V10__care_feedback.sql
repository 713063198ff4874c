-- The family tells the municipality in the portal whether care was delivered and whether it helps (the family is the
-- judge of whether help works). Rows are never changed: who answered and when is the trail.

-- Whether a provision's care was delivered in a month: one answer per provision and month, from any member who sees
-- the provision; a month not (fully) delivered comes with the member's remark.
create table care_delivery (
    id           bigint generated always as identity primary key,
    provision_id bigint        not null references provision (id),
    family_id    bigint        not null references family (id),
    -- the first day of the month the answer is about
    month        date          not null check (extract(day from month) = 1),
    delivered    boolean       not null,
    remark       varchar(1000),
    person_id    bigint        not null references person (id),
    answered_by  varchar(64)   not null,
    answered_at  timestamptz   not null,
    unique (provision_id, month),
    check (delivered or length(trim(remark)) > 0)
);

-- the portal and the family page read a family's answers; the unique constraint indexes provision_id
create index care_delivery_family_idx on care_delivery (family_id);

-- A member's scores (1-10) for a provision after its check meeting, after its evaluation meeting and at its end: the
-- effect of the help, the route to it and the provider. Asked once per provision, moment and member.
create table care_rating (
    id             bigint generated always as identity primary key,
    provision_id   bigint        not null references provision (id),
    family_id      bigint        not null references family (id),
    moment         varchar(10)   not null check (moment in ('CHECK', 'EVALUATION', 'END')),
    person_id      bigint        not null references person (id),
    effect_score   smallint      not null check (effect_score between 1 and 10),
    route_score    smallint      not null check (route_score between 1 and 10),
    provider_score smallint      not null check (provider_score between 1 and 10),
    remark         varchar(1000),
    rated_by       varchar(64)   not null,
    rated_at       timestamptz   not null,
    unique (provision_id, moment, person_id)
);

create index care_rating_family_idx on care_rating (family_id);
