-- Documents of a family's case file: a referral letter, a provider's report, a court order, a consent form. Kept in
-- the database as uploaded, with the SHA-256 of the content; the type is the one detected from the content. A document
-- is never deleted: withdrawing it records who, when and why, and it stays on record.
-- request_id: the request it belongs to, or null for the family as a whole. person_id: the member whose own item it is
-- (the request's member, or the member who uploaded it in the portal), null for the family as a whole; a youth of 16
-- or older's own documents are not shown to their parents.
create table case_document (
    id                bigint generated always as identity primary key,
    family_id         bigint        not null references family (id),
    request_id        bigint        references request (id),
    person_id         bigint        references person (id),
    kind              varchar(16)   not null
        check (kind in ('REFERRAL_LETTER', 'PROVIDER_REPORT', 'COURT_ORDER', 'CONSENT_FORM', 'OTHER')),
    description       varchar(1000),
    file_name         varchar(255)  not null,
    media_type        varchar(127)  not null,
    size_bytes        bigint        not null check (size_bytes > 0),
    sha256            char(64)      not null,
    content           bytea         not null,
    shared_with_family boolean      not null,
    from_family       boolean       not null,
    uploaded_by       varchar(64)   not null,
    uploaded_at       timestamptz   not null,
    withdrawn_by      varchar(64),
    withdrawn_at      timestamptz,
    withdrawal_reason varchar(1000),
    check ((withdrawn_at is null) = (withdrawal_reason is null) and (withdrawn_at is null) = (withdrawn_by is null))
);

-- the family page lists its documents, newest first, a page at a time
create index case_document_family_idx on case_document (family_id, uploaded_at desc, id desc);
-- a request's documents
create index case_document_request_idx on case_document (request_id, uploaded_at desc) where request_id is not null;
