-- Spring Modulith's event publication registry (its schema-postgresql.sql): an event between modules stays here until
-- its reaction after commit has succeeded (base.AfterCommit); completed publications are deleted.
create table event_publication (
    id               uuid primary key,
    listener_id      text not null,
    event_type       text not null,
    serialized_event text not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
