-- Teams are the access teams of the three laws; their codes are also the engine's candidate groups.
create table team (
    code varchar(32)  primary key,
    name varchar(100) not null
);

insert into team (code, name) values
    ('jeugd', 'Jeugd'),
    ('wmo', 'Wmo'),
    ('participatie', 'Participatie');

create table user_account (
    id            bigint generated always as identity primary key,
    username      varchar(64)  not null,
    first_name    varchar(100) not null,
    last_name     varchar(100) not null,
    email         varchar(200),
    password_hash varchar(100) not null,
    role          varchar(16)  not null check (role in ('CONSULTANT', 'MANAGER', 'FAMILY', 'ADMIN')),
    enabled       boolean      not null default true,
    failed_logins integer      not null default 0,
    locked_until  timestamptz,
    created_at    timestamptz  not null default now()
);

-- usernames are unique whatever their case, and looked up that way at every login
create unique index user_account_username_idx on user_account (lower(username));
create index user_account_role_idx on user_account (role);

create table team_member (
    user_account bigint      not null references user_account (id) on delete cascade,
    team_code    varchar(32) not null references team (code),
    primary key (user_account, team_code)
);

create index team_member_team_idx on team_member (team_code);
