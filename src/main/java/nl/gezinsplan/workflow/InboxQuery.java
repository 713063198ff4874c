package nl.gezinsplan.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;

/**
 * The inbox's criteria as one of the engine's native task queries, which the engine answers with its own tasks. The
 * engine's task query for "assigned to me or open to me" left-joins every open task to its candidates and filters on
 * an "or" across both tables, so it reads all open tasks of the municipality for every page and count. Here the two
 * halves are asked apart and added up: the user's own tasks on the engine's index of assignees, and the tasks nobody
 * took whose candidates name the user or one of their groups, found from those names in {@code open_task_candidate}
 * (migration V56, kept by triggers from {@link EngineSchemaLock}) rather than by asking each of the municipality's
 * open tasks nobody took whether it is open to them. A page takes the first tasks of each half in order and merges
 * them, so in the default order each half reads no more than the page from the inbox's index
 * ({@link EngineSchemaLock}). Criteria and order mean exactly what the task query's do
 * ({@code taskAssignee}, {@code taskCandidateUser} without assigned tasks, {@code processVariableValueEquals},
 * {@code dueBefore}/{@code dueAfter}, {@code orderBy...}).
 */
final class InboxQuery {

    /** The halves of the user's tasks, each a condition on the task; one or both, as the filter's scope asks. */
    private final List<String> halves = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** The user's tasks that pass the filter; {@code groups} are the user's groups as the engine knows them. */
    InboxQuery(InboxFilter filter, String user, List<String> groups) {
        parameters.put("user", user);
        String assigned = "RES.ASSIGNEE_ = #{user}";
        String open = "RES.ASSIGNEE_ is null and RES.ID_ in (select C.task_id from open_task_candidate C"
                + " where C.user_id = #{user}"
                + (groups.isEmpty() ? "" : " or C.group_id in (" + listParameter("group", groups) + ")") + ")";
        if (filter.scope() != InboxFilter.Scope.OPEN_IN_MY_TEAMS) {
            halves.add(assigned);
        }
        if (filter.scope() != InboxFilter.Scope.ASSIGNED_TO_ME) {
            halves.add(open);
        }
        if (filter.law() != null) {
            parameters.put("law", filter.law().name());
            String ofTheLaw = "exists (select 1 from ACT_RU_VARIABLE V where V.PROC_INST_ID_ = RES.PROC_INST_ID_"
                    + " and V.TASK_ID_ is null and V.NAME_ = 'law' and V.TYPE_ = 'string' and V.TEXT_ = #{law})";
            conditions.add(filter.law() != Law.JEUGDWET ? ofTheLaw : "(" + ofTheLaw + " or " + youthCareRoute() + ")");
        }
        if (filter.taskKey() != null) {
            parameters.put("taskKey", filter.taskKey());
            conditions.add("RES.TASK_DEF_KEY_ = #{taskKey}");
        }
        due(filter.due());
    }

    private InboxQuery() {
    }

    /**
     * The work of {@code teams}, due as asked (all of it when {@code due} is null): every task of a route whose
     * variable {@value TeamWork#ROUTE_TEAM} names one of them ({@code processVariableValueEquals}) and, with the youth
     * team, every task of a route of youth care. The routes of the teams are looked up once, by their variable on an
     * index of it ({@link EngineSchemaLock}; the variable's name is written out, so PostgreSQL knows the index holds
     * it), rather than asking each open task of the municipality for its route's team, as the engine's task query does.
     */
    static InboxQuery teamWork(Set<String> teams, InboxFilter.Due due) {
        InboxQuery query = new InboxQuery();
        if (teams.isEmpty()) {
            query.halves.add("1 = 0");
        } else {
            String ofTheTeams = "RES.PROC_INST_ID_ in (select V.PROC_INST_ID_ from ACT_RU_VARIABLE V"
                    + " where V.TASK_ID_ is null and V.NAME_ = '" + TeamWork.ROUTE_TEAM + "' and V.TYPE_ = 'string'"
                    + " and V.TEXT_ in ("
                    + query.listParameter("team", List.copyOf(teams)) + "))";
            query.halves.add(teams.contains(Law.JEUGDWET.teamCode())
                    ? "(" + ofTheTeams + " or " + query.youthCareRoute() + ")" : ofTheTeams);
        }
        query.due(due);
        return query;
    }

    private String youthCareRoute() {
        return "RES.PROC_DEF_ID_ in (select ID_ from ACT_RE_PROCDEF where KEY_ in ("
                + listParameter("youthRoute", List.copyOf(ModelIds.YOUTH_CARE_ROUTES)) + "))";
    }

    private void due(InboxFilter.Due filter) {
        DueDates due = DueDates.of(filter);
        if (due != null) {
            parameters.put("dueBefore", due.before());
            conditions.add("RES.DUE_DATE_ < #{dueBefore}");
            if (due.after() != null) {
                parameters.put("dueAfter", due.after());
                conditions.add("RES.DUE_DATE_ > #{dueAfter}");
            }
        }
    }

    /** Keeps only the task with this id. */
    InboxQuery task(String taskId) {
        parameters.put("taskId", taskId);
        conditions.add("RES.ID_ = #{taskId}");
        return this;
    }

    List<Task> page(TaskService tasks, List<InboxSort> order, int offset, int limit) {
        String orderBy = order.stream()
                .map(sort -> column(sort.field()) + (sort.ascending() ? " asc" : " desc"))
                .collect(Collectors.joining(", ", " order by ", ", RES.ID_ asc"));
        if (halves.size() == 1) {
            return query(tasks, "select RES.*" + from(halves.get(0)) + orderBy).listPage(offset, limit);
        }
        parameters.put("firstOfHalf", offset + limit);
        String merged = halves.stream()
                .map(half -> "(select RES.*" + from(half) + orderBy + " limit #{firstOfHalf})")
                .collect(Collectors.joining(" union all ", "select RES.* from (", ") RES" + orderBy));
        return query(tasks, merged).listPage(offset, limit);
    }

    List<Task> list(TaskService tasks) {
        return query(tasks, halves.stream().map(half -> "select RES.*" + from(half))
                .collect(Collectors.joining(" union all "))).list();
    }

    long count(TaskService tasks) {
        return query(tasks, halves.stream().map(half -> "(select count(*)" + from(half) + ")")
                .collect(Collectors.joining(" + ", "select ", ""))).count();
    }

    private String from(String half) {
        return " from ACT_RU_TASK RES where " + half + conditions.stream().map(condition -> " and " + condition)
                .collect(Collectors.joining());
    }

    private NativeTaskQuery query(TaskService tasks, String sql) {
        NativeTaskQuery query = tasks.createNativeTaskQuery().sql(sql);
        parameters.forEach(query::parameter);
        return query;
    }

    private String listParameter(String name, List<String> values) {
        List<String> placeholders = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            parameters.put(name + i, values.get(i));
            placeholders.add("#{" + name + i + "}");
        }
        return String.join(", ", placeholders);
    }

    /**
     * The due dates a filter keeps, as the engine compares them: strictly before {@code before} and, when not null,
     * strictly after {@code after}; null when it keeps all.
     */
    record DueDates(Date after, Date before) {

        private static final int SOON_DAYS = 7;

        static DueDates of(InboxFilter.Due due) {
            if (due == null) {
                return null;
            }
            LocalDate today = EngineDates.today();
            return switch (due) {
                case OVERDUE -> new DueDates(null, EngineDates.startOf(today));
                // due dates fall at the start of a day
                case WITHIN_7_DAYS -> new DueDates(Date.from(EngineDates.startOf(today).toInstant().minusMillis(1)),
                        EngineDates.startOf(today.plusDays(SOON_DAYS + 1)));
            };
        }
    }

    private static String column(InboxSort.Field field) {
        return switch (field) {
            case NAME -> "RES.NAME_";
            case LAW -> "(select V.TEXT_ from ACT_RU_VARIABLE V where V.PROC_INST_ID_ = RES.PROC_INST_ID_"
                    + " and V.TASK_ID_ is null and V.NAME_ = 'law' and V.TYPE_ = 'string' limit 1)";
            case CREATED -> "RES.CREATE_TIME_";
            case DUE -> "RES.DUE_DATE_";
            case FOLLOW_UP -> "RES.FOLLOW_UP_DATE_";
            case ASSIGNEE -> "RES.ASSIGNEE_";
        };
    }
}
