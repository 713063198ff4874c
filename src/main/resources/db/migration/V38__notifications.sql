-- What a staff member is told (notification centre): one row per user and item, read or not. item_key makes telling
-- the same thing twice (an event offered again, a scan on two nodes) a no-op.
create table notification (
    id         bigint generated always as identity primary key,
    username   varchar(64)  not null,
    kind       varchar(40)  not null,
    about      varchar(300) not null,
    link       varchar(300) not null,
    family_id  bigint,
    item_key   varchar(120) not null,
    created_at timestamptz  not null,
    read_at    timestamptz,
    mailed_at  timestamptz
);

create unique index notification_once_idx on notification (username, kind, item_key);
create index notification_user_idx on notification (username, created_at desc);
create index notification_unread_idx on notification (username) where read_at is null;

-- Which notifications a user also gets by e-mail, per kind: at once or in the daily digest. No row: only in the
-- application.
create table notification_preference (
    username varchar(64) not null,
    kind     varchar(40) not null,
    email    varchar(20) not null check (email in ('IMMEDIATE', 'DIGEST')),
    primary key (username, kind)
);

-- The digest job looks for what is not mailed yet.
create index notification_unmailed_idx on notification (username, created_at) where mailed_at is null and read_at is null;
