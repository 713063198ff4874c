package nl.gezinsplan.benchmark;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk copies in SQL for {@link ScaleBenchmark}: families with their members, contact person and teams, and process
 * instances that the application's own routes started (templates), copied row by row in every table the engine keeps
 * them in, with ids of their own, so the engine reads the copies as tasks it made itself.
 */
final class ScaleData {

    /** The engine's columns that hold the id of a row belonging to the copied process instance; suffixed per copy. */
    private static final Set<String> INSTANCE_IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_",
            "parent_id_", "super_exec_", "execution_id_", "task_id_", "var_scope_", "act_inst_id_",
            "parent_act_inst_id_", "call_proc_inst_id_", "process_instance_id_", "super_process_instance_id_",
            "bytearray_id_", "parent_task_id_");

    /** Per table, how a row finds the root process instance it belongs to ({@code r} is the row). */
    private static final Map<String, String> ROOT_OF_ROW = Map.ofEntries(
            Map.entry("act_ru_execution", "r.root_proc_inst_id_"),
            Map.entry("act_ru_task",
                    "(select e.root_proc_inst_id_ from act_ru_execution e where e.id_ = r.proc_inst_id_)"),
            Map.entry("act_ru_identitylink", "(select e.root_proc_inst_id_ from act_ru_task t"
                    + " join act_ru_execution e on e.id_ = t.proc_inst_id_ where t.id_ = r.task_id_)"),
            Map.entry("act_ru_variable",
                    "(select e.root_proc_inst_id_ from act_ru_execution e where e.id_ = r.proc_inst_id_)"),
            Map.entry("act_ru_event_subscr",
                    "(select e.root_proc_inst_id_ from act_ru_execution e where e.id_ = r.proc_inst_id_)"),
            Map.entry("act_ru_job", "r.root_proc_inst_id_"),
            Map.entry("act_ge_bytearray", "r.root_proc_inst_id_"),
            Map.entry("act_hi_procinst", "r.root_proc_inst_id_"),
            Map.entry("act_hi_taskinst", "r.root_proc_inst_id_"),
            Map.entry("act_hi_actinst", "r.root_proc_inst_id_"),
            Map.entry("act_hi_varinst", "r.root_proc_inst_id_"),
            Map.entry("act_hi_identitylink", "r.root_proc_inst_id_"));

    /** Everything the engine keeps of a running process instance, in an order that satisfies its foreign keys. */
    private static final List<String> RUNNING = List.of("act_ge_bytearray", "act_ru_execution", "act_ru_task",
            "act_ru_identitylink", "act_ru_variable", "act_ru_event_subscr", "act_ru_job", "act_hi_procinst",
            "act_hi_taskinst", "act_hi_actinst", "act_hi_varinst", "act_hi_identitylink");

    /** What history keeps of a finished process instance and its tasks. */
    private static final List<String> FINISHED = List.of("act_hi_procinst", "act_hi_taskinst");

    /** What varies per copy: the family and person it is about, who has it, when it is due and was created. */
    private static final Map<String, String> PER_COPY = Map.of(
            "assignee_", "c.assignee",
            "due_date_", "c.due",
            "create_time_", "c.created",
            "start_time_", "c.created",
            "end_time_", "case when r.end_time_ is not null then c.created + interval '1 day' end",
            "long_", "case when r.name_ = 'familyId' then c.family_id when r.name_ = 'personId' then c.person_id"
                    + " else r.long_ end",
            "text_", "case when r.name_ = 'familyId' then c.family_id::text when r.name_ = 'personId'"
                    + " then c.person_id::text else r.text_ end");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ScaleData(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Copies every family with its members, contact person and teams until there are {@code target} families. The
     * copies' contact persons are {@code perTeam} colleagues of the original's contact person's team, added here as
     * consultants ({@code jeugd-001}, ...) with anna's password; their members have no BSN, as demo persons beyond
     * the fictitious numbers have none.
     */
    void families(int target, int perTeam) {
        jdbc.sql("""
                insert into user_account (username, first_name, last_name, email, password_hash, role)
                select t.code || '-' || lpad(n::text, 3, '0'), 'Medewerker', t.name || ' ' || n,
                       t.code || '-' || n || '@gezinsplan.example',
                       (select password_hash from user_account where username = 'anna'), 'CONSULTANT'
                from team t, generate_series(1, :perTeam) n""").param("perTeam", perTeam).update();
        jdbc.sql("""
                insert into team_member (user_account, team_code)
                select u.id, split_part(u.username, '-', 1) from user_account u
                where u.username ~ '^[a-z]+-[0-9]{3}$'""").update();
        long families = jdbc.sql("select count(*) from family").query(Long.class).single();
        long familyStride = jdbc.sql("select max(id) from family").query(Long.class).single();
        long personStride = jdbc.sql("select max(id) from person").query(Long.class).single();
        // whole copies of the families, the last one cut off at the family that makes the target
        long copies = (target - families + families - 1) / families;
        long lastCopyUpTo = jdbc.sql("select id from family order by id offset :before limit 1")
                .param("before", target - families * copies - 1).query(Long.class).single();
        jdbc.sql("""
                create unlogged table scale_family_copy as
                select k, case when k = :copies then :lastCopyUpTo else :stride end up_to
                from generate_series(1, :copies) k""")
                .param("copies", copies).param("lastCopyUpTo", lastCopyUpTo).param("stride", familyStride)
                .update();
        jdbc.sql("""
                insert into family (id, name, street, house_number, postal_code, city, district, created_at, version)
                overriding system value
                select f.id + k * :stride, f.name, f.street, f.house_number, f.postal_code, f.city, f.district,
                       f.created_at, 0
                from family f, scale_family_copy where f.id <= up_to""").param("stride", familyStride).update();
        jdbc.sql("""
                insert into person (id, family_id, bsn, first_name, last_name, birth_date, family_role, created_at,
                                    version)
                overriding system value
                select p.id + k * :personStride, p.family_id + k * :stride, null, p.first_name, p.last_name,
                       p.birth_date, p.family_role, p.created_at, 0
                from person p, scale_family_copy where p.family_id <= up_to""")
                .param("stride", familyStride).param("personStride", personStride).update();
        jdbc.sql("""
                insert into contact_person (family_id, username, started_at, assigned_by)
                select c.family_id + k * :stride,
                       coalesce((select min(m.team_code) from team_member m join user_account u on u.id = m.user_account
                                 where lower(u.username) = lower(c.username)), 'jeugd')
                       || '-' || lpad((1 + (c.family_id + k) % :perTeam)::text, 3, '0'),
                       c.started_at, c.assigned_by
                from contact_person c, scale_family_copy where c.ended_at is null and c.family_id <= up_to""")
                .param("stride", familyStride).param("perTeam", perTeam).update();
        jdbc.sql("""
                insert into family_team (family_id, team_code)
                select t.family_id + k * :stride, t.team_code from family_team t, scale_family_copy
                where t.family_id <= up_to""").param("stride", familyStride).update();
        jdbc.sql("drop table scale_family_copy").update();
        for (String table : List.of("family", "person", "contact_person", "user_account")) {
            jdbc.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
                    + "))").query(Long.class).single();
        }
    }

    /**
     * Plans {@code count} copies of the templates (root process instance ids, taken in turn), each about another
     * family, assigned to {@code assignee} (an SQL expression of the copy's number {@code k}; null for nobody), due
     * between 10 days ago and 60 days ahead, created in the last 90 days. Copies are numbered from {@code first}.
     */
    void plan(int first, int count, List<String> templates, String assignee) {
        jdbc.sql("""
                create unlogged table if not exists scale_copy (
                    k int primary key, root varchar(64), suffix varchar(16), family_id bigint, person_id bigint,
                    assignee varchar(64), due timestamp, created timestamp)""").update();
        jdbc.sql("""
                insert into scale_copy
                select k, (string_to_array(:templates, ','))[1 + k %% :templateCount], '-' || k,
                       m.family_id, m.person_id, %s,
                       date_trunc('day', localtimestamp) + (k %% 70 - 10) * interval '1 day',
                       localtimestamp - (k %% 90) * interval '1 day' - (k %% 1440) * interval '1 minute'
                from generate_series(:first, :last) k
                join (select row_number() over (order by family_id) - 1 n, family_id, min(id) person_id
                      from person group by family_id) m
                  on m.n = (k::bigint * 7919) %% (select count(distinct family_id) from person)""".formatted(assignee))
                .param("templates", String.join(",", templates)).param("templateCount", templates.size())
                .param("first", first).param("last", first + count - 1).update();
    }

    /**
     * Copies the planned process instances as they run, and gives the team of each copy's route (the youth team
     * when it names none) open work for the copy's family, as casework does for a route's family.
     */
    void copyRunning() {
        jdbc.sql("""
                insert into family_team (family_id, team_code)
                select distinct c.family_id, coalesce(v.text_, 'jeugd') from scale_copy c
                left join act_ru_variable v on v.execution_id_ = c.root and v.name_ = 'team'
                on conflict do nothing""").update();
        copy(RUNNING);
    }

    /** Copies the planned process instances, which have ended, as history keeps them and their tasks. */
    void copyFinished() {
        copy(FINISHED);
    }

    /**
     * In one transaction without foreign-key checks (the copies refer only to copies, made from rows that satisfied
     * them): checked row by row, 100,000 process instances took minutes more than their writing. That also leaves out
     * the triggers that keep the candidates of the open tasks nobody took, so those are made anew from the copies.
     */
    private void copy(List<String> tables) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            tables.forEach(this::copy);
            jdbc.sql("select open_task_candidate_rebuild()").query().singleRow();
        });
        jdbc.sql("drop table scale_copy").update();
    }

    private void copy(String table) {
        List<String> columns = jdbc.sql("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = :table order by ordinal_position""")
                .param("table", table).query(String.class).list();
        String values = columns.stream().map(ScaleData::valueOfCopy).collect(Collectors.joining(", "));
        jdbc.sql("insert into " + table + " (" + String.join(", ", columns) + ") select " + values
                + " from (select *, " + ROOT_OF_ROW.get(table) + " root_of_row from " + table + " r) r"
                + " join scale_copy c on c.root = r.root_of_row").update();
    }

    private static String valueOfCopy(String column) {
        if (INSTANCE_IDS.contains(column)) {
            // an activity instance's id (its activity's id, a colon and a UUID) leaves no room in 64 characters for
            // the suffix: such ids are copied as their MD5, the same wherever they are referred to
            return "case when length(r.%1$s) > 48 then md5(r.%1$s) else r.%1$s end || c.suffix".formatted(column);
        }
        return PER_COPY.getOrDefault(column, "r." + column);
    }
}
