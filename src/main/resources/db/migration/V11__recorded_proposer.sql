-- Who made the proposal of a request, recorded when it is made: the four-eyes rule reads it here, not from the
-- engine's process variables, which an engine client could change.
alter table request add column proposed_by varchar(64);

-- Requests proposed before this version: their proposer as the engine recorded it, a variable of the request's route
-- (business key request-<id>). On a new database the engine's tables come later and nothing is proposed yet.
do $$
begin
    if to_regclass('act_ru_variable') is not null then
        update request r
        set proposed_by = v.text_
        from act_ru_variable v
        join act_ru_execution e on e.id_ = v.proc_inst_id_
        where v.name_ = 'proposer'
          and v.execution_id_ = v.proc_inst_id_
          and e.business_key_ = 'request-' || r.id
          and r.proposed_by is null;
    end if;
end $$;
