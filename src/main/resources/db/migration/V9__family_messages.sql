-- Questions and remarks a family member sends in the portal to the municipality, and the answers. Each member who
-- writes has one conversation of their own (person_id): a youth of 16 or older and a parent never see each other's.
-- A message is read when the other side has seen it: a staff answer when the member opens their conversation, a
-- family message when a consultant answers it, so "not read" on the family's side means "waiting for an answer".
create table family_message (
    id          bigint generated always as identity primary key,
    family_id   bigint        not null references family (id),
    person_id   bigint        not null references person (id),
    author      varchar(64)   not null,
    from_family boolean       not null,
    text        varchar(2000) not null,
    sent_at     timestamptz   not null,
    read_at     timestamptz
);

-- a member's conversation, oldest first, and its answers they have not read yet
create index family_message_conversation_idx on family_message (person_id, sent_at, id);
-- all conversations of a family, for the family page
create index family_message_family_idx on family_message (family_id, sent_at, id);
-- the family's messages waiting for an answer, counted per contact person via contact_person_username_idx
create index family_message_waiting_idx on family_message (family_id, sent_at) where from_family and read_at is null;
