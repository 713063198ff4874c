-- Issue 17, item 6. A Participatiewet right to income support (bijstand) is re-examined periodically, and a measure
-- (maatregel: a lowering of the benefit for a violated obligation, Participatiewet art. 18) can be imposed on it. Both
-- are decisions with a letter. Payments stay outside Gezinsplan.

-- Each re-examination of a right, with its outcome: the right continues, changes (what changes, in the findings) or
-- ends on a date (the provision ends then).
create table reexamination (
    id           bigint generated always as identity primary key,
    provision_id bigint        not null references provision (id),
    family_id    bigint        not null references family (id),
    outcome      varchar(16)   not null check (outcome in ('CONTINUES', 'CHANGES', 'ENDS')),
    findings     varchar(2000) not null,
    ends_on      date,
    recorded_by  varchar(64)   not null,
    recorded_at  timestamptz   not null,
    check ((outcome = 'ENDS') = (ends_on is not null))
);
create index reexamination_provision_idx on reexamination (provision_id, recorded_at desc);
create index reexamination_family_idx on reexamination (family_id);

-- A measure imposed on a right: which obligation was violated, by how many percent the benefit is lowered and for
-- how many months from when, and why (Awb 3:46).
create table measure (
    id           bigint generated always as identity primary key,
    provision_id bigint        not null references provision (id),
    family_id    bigint        not null references family (id),
    person_id    bigint        not null references person (id),
    obligation   varchar(16)   not null
        check (obligation in ('INFORMATION', 'WORK', 'REINTEGRATION', 'CONDUCT')),
    percentage   integer       not null check (percentage between 1 and 100),
    months       integer       not null check (months between 1 and 12),
    starts_on    date          not null,
    motivation   varchar(4000) not null,
    imposed_by   varchar(64)   not null,
    imposed_at   timestamptz   not null
);
create index measure_provision_idx on measure (provision_id, imposed_at desc);
create index measure_family_idx on measure (family_id);

-- A decision letter no longer belongs only to a closed request: a measure and a re-examination that changes or ends a
-- right get one too, about the right's person (the request behind a right may be unknown: care recorded before
-- Gezinsplan). The letter now knows its own person, law and date; subject_id is the measure or re-examination it
-- announces, once each.
alter table decision_letter drop constraint if exists decision_letter_request_id_key;
alter table decision_letter drop constraint if exists decision_letter_kind_check;
alter table decision_letter alter column request_id drop not null;
alter table decision_letter alter column kind type varchar(16);
alter table decision_letter add constraint decision_letter_kind_check
    check (kind in ('GRANTED', 'REFUSED', 'MEASURE', 'RIGHT_CHANGED', 'RIGHT_ENDED'));
alter table decision_letter add column subject_id bigint;
alter table decision_letter add column person_id bigint references person (id);
alter table decision_letter add column law varchar(20);
alter table decision_letter add column dated date;
update decision_letter l set person_id = r.person_id, law = r.law, dated = coalesce(r.closed_on, l.created_at::date)
from request r where r.id = l.request_id;
alter table decision_letter alter column person_id set not null;
alter table decision_letter alter column law set not null;
alter table decision_letter alter column dated set not null;
alter table decision_letter add check (request_id is not null or subject_id is not null);
create unique index decision_letter_request_kind_idx on decision_letter (request_id, kind) where subject_id is null;
create unique index decision_letter_subject_idx on decision_letter (kind, subject_id) where subject_id is not null;
