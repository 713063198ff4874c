-- Who made the proposal of a request, recorded when it is made: the four-eyes rule reads it here, not from the
-- engine's process variables, which an engine client could change.
alter table request add column proposed_by varchar(64);
