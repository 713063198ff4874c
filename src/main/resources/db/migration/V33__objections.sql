-- Issue 17, item 4. An objection (bezwaar, Awb chapter 6 and 7) against a decision letter of a request: received
-- within six weeks of the decision (Awb 6:7), or later with the reason for lateness (Awb 6:11); its grounds; then
-- admissibility, the informal talk (which may resolve it: the objection withdrawn), the hearing, the committee's advice
-- and the decision on the objection within the term (decision_due), which may be extended once (extended_by). A
-- well-founded objection against a refusal grants what was refused (revised_on). The letter on the objection is kept
-- as sent with its SHA-256, like a decision letter.
create table objection (
    id                 bigint generated always as identity primary key,
    family_id          bigint        not null references family (id),
    request_id         bigint        not null references request (id),
    person_id          bigint        not null references person (id),
    law                varchar(20)   not null,
    letter_id          bigint        not null references decision_letter (id),
    decided_on         date          not null,
    received_on        date          not null,
    grounds            varchar(4000) not null,
    late_reason        varchar(1000),
    status             varchar(20)   not null,
    decision_due       date          not null,
    registered_by      varchar(64)   not null,
    registered_at      timestamptz   not null,
    admissible         boolean,
    inadmissible_reason varchar(4000),
    talk_held_on       date,
    talk_report        varchar(4000),
    resolved_in_talk   boolean,
    hearing_held_on    date,
    hearing_attendees  varchar(1000),
    hearing_report     varchar(4000),
    advice             varchar(20),
    advice_text        varchar(4000),
    motivation         varchar(4000),
    concluded_on       date,
    concluded_by       varchar(64),
    extended_by        varchar(64),
    extension_reason   varchar(1000),
    revised_on         date
);

-- a family's objections, newest first (the family page); objections per period (the monitor)
create index objection_family_idx on objection (family_id, received_on desc, id desc);
create index objection_received_idx on objection (received_on);
-- one objection per decision letter at a time: a second is refused while the first is open
create index objection_letter_idx on objection (letter_id);

-- The case file's documents that belong to the objection: its grounds in writing, evidence; documents on the request.
create table objection_document (
    objection_id bigint not null references objection (id),
    document_id  bigint not null references case_document (id),
    primary key (objection_id, document_id)
);

create table objection_letter (
    id           bigint generated always as identity primary key,
    objection_id bigint      not null unique references objection (id),
    family_id    bigint      not null references family (id),
    content      bytea       not null,
    sha256       char(64)    not null,
    created_at   timestamptz not null,
    created_by   varchar(64) not null
);

create index objection_letter_family_idx on objection_letter (family_id, created_at desc);

-- The monitor's read model: objections received and how they ended (status: OPEN, WITHDRAWN, INADMISSIBLE,
-- WELL_FOUNDED, UNFOUNDED), per law.
create view objection_facts as
select id, law, received_on, status, concluded_on from objection;
