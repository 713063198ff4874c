-- The portal: a family member's login is linked to their person in the family. Parents, other adults and youths of
-- 16 and over get an account by invitation from a consultant, who can also revoke it; the link is kept, revoked, for
-- the trail.
create table family_account (
    username   varchar(64) primary key,
    person_id  bigint      not null references person (id),
    family_id  bigint      not null references family (id),
    linked_at  timestamptz not null,
    linked_by  varchar(64) not null,
    revoked_at timestamptz,
    revoked_by varchar(64)
);

create unique index family_account_person_idx on family_account (person_id) where revoked_at is null;
create index family_account_family_idx on family_account (family_id);

-- An invitation to the portal: a first-time code, kept only as its SHA-256 (the code is random enough that the hash
-- cannot be guessed back, and it is looked up by it), valid until it expires, is used or is revoked.
create table family_invitation (
    id         bigint generated always as identity primary key,
    person_id  bigint      not null references person (id),
    family_id  bigint      not null references family (id),
    code_hash  char(64)    not null unique,
    created_by varchar(64) not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    revoked_at timestamptz
);

create index family_invitation_person_idx on family_invitation (person_id);
