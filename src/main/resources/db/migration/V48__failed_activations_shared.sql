-- Issue 19, several nodes on one database: wrong first-time codes are counted here instead of in each node's memory,
-- so the pause after too many from one address holds on every node.
create table failed_activation (
    address  text        primary key,
    failures integer     not null,
    until    timestamptz not null
);
create index failed_activation_until_idx on failed_activation (until);
