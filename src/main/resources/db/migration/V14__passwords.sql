-- Passwords: an account whose next login must first choose a new password (after an administrator's reset code or
-- the first administrator's set-up link), and the language its user chose last.
alter table user_account add column must_change_password boolean not null default false;
alter table user_account add column language varchar(8);

-- A one-time code to log in with once and then choose a password: a reset code an administrator issued, or the first
-- administrator's set-up link. Only its SHA-256 is kept: the code holds 130 random bits, too many to guess back from
-- the hash, so a slow hash would add nothing, and the login looks it up by it.
create table password_code (
    id           bigint generated always as identity primary key,
    user_account bigint      not null references user_account (id) on delete cascade,
    code_hash    char(64)    not null unique,
    issued_by    varchar(64) not null,
    issued_at    timestamptz not null,
    expires_at   timestamptz not null,
    used_at      timestamptz
);

create index password_code_user_account_idx on password_code (user_account);
