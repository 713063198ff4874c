-- Notes a consultant writes in a family's case file (dossier), on the family or on one of its requests. A note on a
-- request concerns the member the request is for (person_id): when that member is a youth of 16 or older, only they
-- see it in the portal, as with their other own items. The author may correct a note for 24 hours (corrected_at);
-- after that it is fixed. Notes are never deleted.
create table case_note (
    id                 bigint generated always as identity primary key,
    family_id          bigint        not null references family (id),
    request_id         bigint        references request (id),
    person_id          bigint        references person (id),
    author             varchar(64)   not null,
    text               varchar(4000) not null,
    shared_with_family boolean       not null,
    written_at         timestamptz   not null,
    corrected_at       timestamptz
);

-- a family's notes, newest first: the family page's list and its search (within the family's notes)
create index case_note_family_idx on case_note (family_id, written_at desc, id desc);
-- a request's notes, newest first: the task screen's recent notes
create index case_note_request_idx on case_note (request_id, written_at desc, id desc) where request_id is not null;
