-- The youth-care programme's fourteen measures (M1-M14) and how each is going, kept by policy staff (managers) and
-- shown beside the monitor's indicators and in the council's report: the actions under way, who owns them, their
-- status and a traffic light. One row per measure, the current state, with who changed it last and when.
create table programme_measure (
    number     smallint      primary key check (number between 1 and 14),
    actions    varchar(2000) not null default '',
    owner      varchar(200)  not null default '',
    status     varchar(12)   not null default 'NOT_STARTED'
        check (status in ('NOT_STARTED', 'UNDERWAY', 'DELAYED', 'DONE')),
    light      varchar(8)    not null default 'NONE' check (light in ('GREEN', 'ORANGE', 'RED', 'NONE')),
    changed_by varchar(64),
    changed_at timestamptz,
    version    integer       not null default 0
);

insert into programme_measure (number) select generate_series(1, 14);
