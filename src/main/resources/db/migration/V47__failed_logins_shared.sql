-- Issue 19, several nodes on one database: failed logins are counted here instead of in each node's memory, so a
-- stranger's guesses count on every node alike and the administrator's unlock holds on all of them.
-- Per account and network address; what was typed as the user name is kept only as the SHA-256 of its lower case
-- (hex), since it may be anything, a password typed in the wrong field among them:
create table failed_login (
    username_hash text       not null,
    address      text        not null,
    failures     integer     not null,
    last_failure timestamptz not null,
    primary key (username_hash, address)
);
-- per network address, whatever the account:
create table failed_login_address (
    address      text        primary key,
    failures     integer     not null,
    last_failure timestamptz not null
);
create index failed_login_last_failure_idx on failed_login (last_failure);
create index failed_login_address_last_failure_idx on failed_login_address (last_failure);
