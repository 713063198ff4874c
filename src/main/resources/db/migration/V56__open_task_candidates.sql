-- The candidates of the engine's open tasks that nobody took, so the inbox finds the tasks open to a user from the
-- user's own name and groups, without asking every open task of the municipality whether it is open to them
-- (README: Scale). A row per candidate link (act_ru_identitylink, type 'candidate') of a task without assignee, kept
-- in the engine's own transactions by the two functions below, whose triggers workflow.EngineSchemaLock puts on the
-- engine's tables once the engine has made them (they do not exist yet when Flyway runs on a new database).
create table open_task_candidate (
    link_id  varchar(64)  primary key,
    task_id  varchar(64)  not null,
    group_id varchar(255),
    user_id  varchar(255)
);
create index open_task_candidate_group on open_task_candidate (group_id, task_id);
create index open_task_candidate_user on open_task_candidate (user_id, task_id);
create index open_task_candidate_task on open_task_candidate (task_id);

-- A candidate link added to a task nobody took, or removed (the engine removes a task's links before the task).
create function open_task_candidate_of_link() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        delete from open_task_candidate where link_id = old.id_;
    elsif new.type_ = 'candidate'
            and exists (select 1 from act_ru_task where id_ = new.task_id_ and assignee_ is null) then
        insert into open_task_candidate (link_id, task_id, group_id, user_id)
        values (new.id_, new.task_id_, new.group_id_, new.user_id_);
    end if;
    return null;
end
$$;

-- A task taken (its candidates leave) or given back (they return).
create function open_task_candidate_of_task() returns trigger language plpgsql as $$
begin
    if new.assignee_ is null then
        insert into open_task_candidate (link_id, task_id, group_id, user_id)
        select id_, task_id_, group_id_, user_id_ from act_ru_identitylink
        where task_id_ = new.id_ and type_ = 'candidate';
    else
        delete from open_task_candidate where task_id = new.id_;
    end if;
    return null;
end
$$;

-- All anew from the engine's tables: when the triggers come, and after a bulk load that went around them.
create function open_task_candidate_rebuild() returns void language plpgsql as $$
begin
    delete from open_task_candidate;
    insert into open_task_candidate (link_id, task_id, group_id, user_id)
    select i.id_, i.task_id_, i.group_id_, i.user_id_ from act_ru_identitylink i
    join act_ru_task t on t.id_ = i.task_id_
    where i.type_ = 'candidate' and t.assignee_ is null;
end
$$;

-- The inbox no longer asks each task's candidates whether it is open to the user; the engine's own index of a task's
-- links (act_idx_tskass_task) serves the rest.
drop index if exists gezinsplan_identitylink_candidates;
