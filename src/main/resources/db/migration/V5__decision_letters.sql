-- The decision letter (beschikking) of a granted or refused request, as the PDF the family received. One per request:
-- a request is closed once, and the letter is made in the transaction that closes it.
create table decision_letter (
    id         bigint generated always as identity primary key,
    request_id bigint      not null unique references request (id),
    family_id  bigint      not null references family (id),
    kind       varchar(8)  not null check (kind in ('GRANTED', 'REFUSED')),
    content    bytea       not null,
    created_at timestamptz not null,
    created_by varchar(64) not null
);

-- the family page lists its letters, newest first; the unique constraint indexes request_id
create index decision_letter_family_idx on decision_letter (family_id, created_at desc);
