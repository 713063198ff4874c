-- Two-factor sign-in (TOTP, RFC 6238). The secret is stored encrypted (AES-GCM) with a key kept outside the database
-- (gezinsplan.security.mfa.key-file), so a dump of the database alone does not give it away. A row without
-- enrolled_at is an enrolment waiting for its first code. last_time_step is the 30-second step of the last code
-- accepted: a code is accepted once, and no older one after it.
create table two_factor (
    user_account   bigint       primary key references user_account (id) on delete cascade,
    secret         varchar(200) not null,
    enrolled_at    timestamptz,
    last_time_step bigint
);

-- Recovery codes, each working once instead of a TOTP code; kept only as their SHA-256 (the codes are random enough,
-- about 82 bits, that the hash cannot be guessed back), so they are shown once, when made.
create table recovery_code (
    id           bigint generated always as identity primary key,
    user_account bigint      not null references user_account (id) on delete cascade,
    code_hash    char(64)    not null,
    used_at      timestamptz
);

create index recovery_code_user_idx on recovery_code (user_account);
