-- A user's saved filters of the task inbox (werkvoorraad), each under a name of their own choosing.
create table inbox_filter (
    id           bigint generated always as identity primary key,
    user_account bigint       not null references user_account (id) on delete cascade,
    name         varchar(100) not null,
    scope        varchar(32)  not null,
    law          varchar(32),
    task_key     varchar(100),
    due          varchar(32),
    created_at   timestamptz  not null default now()
);

-- the inbox lists a user's filters by name; saving under a name again replaces that filter
create unique index inbox_filter_user_name_idx on inbox_filter (user_account, lower(name));
