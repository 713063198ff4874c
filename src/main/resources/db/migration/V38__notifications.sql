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
