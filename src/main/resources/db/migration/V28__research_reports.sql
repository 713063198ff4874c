-- The research report (onderzoeksverslag) of a request: the conversation with the family, the ladder's questions and
-- the conclusion, recorded when the research task is done. Under the Wmo the family receives it in writing (Wmo 2015,
-- art. 2.3.2, lid 8): its PDF is kept as it was placed in the portal, and the family may add its view (zienswijze).
create table research_report (
    id                  bigint generated always as identity primary key,
    request_id          bigint        not null unique references request (id),
    family_id           bigint        not null references family (id),
    -- the member the request is for: a youth of 16 or older reads their own report, their parents do not
    person_id           bigint        not null references person (id),
    conversation_on     date          not null,
    participants        varchar(500)  not null,
    -- the ladder: what the family can do itself, what its network can do, which general provisions help, what is needed
    own_strength        varchar(2000) not null,
    network             varchar(2000) not null,
    general_provisions  varchar(2000) not null,
    needed              varchar(2000) not null,
    conclusion          varchar(2000) not null,
    written_by          varchar(64)   not null,
    written_at          timestamptz   not null,
    -- the written report as it was sent to the family in the portal (Wmo only)
    pdf                 bytea,
    sent_at             timestamptz,
    -- the family's view, added once in the portal, by whom
    family_view         varchar(2000),
    family_view_by      varchar(64),
    family_view_at      timestamptz,
    check ((pdf is null) = (sent_at is null)),
    check ((family_view is null) = (family_view_at is null)),
    check (family_view is null or sent_at is not null)
);

-- the portal lists a family's sent reports
create index research_report_family_idx on research_report (family_id);
