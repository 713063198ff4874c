package nl.gezinsplan.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;

/**
 * The inbox's criteria as one of the engine's native task queries, which the engine answers with its own tasks. The
 * engine's task query for "assigned to me or open to me" left-joins every open task to its candidates and filters on
 * an "or" across both tables, so it reads all open tasks of the municipality for every page and count. Here the "or"
 * is on the task alone, so both sides are found on the engine's index of assignees: the user's own tasks, and the
 * tasks nobody took (a few of all open tasks), each asked whether it is open to the user or one of their groups.
 * Criteria and order mean exactly what the task query's do ({@code taskAssignee}, {@code taskCandidateUser} without
 * assigned tasks, {@code processVariableValueEquals}, {@code dueBefore}/{@code dueAfter}, {@code orderBy...}).
 */
final class InboxQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** The user's tasks that pass the filter; {@code groups} are the user's groups as the engine knows them. */
    InboxQuery(InboxFilter filter, String user, List<String> groups) {
        parameters.put("user", user);
        String assigned = "RES.ASSIGNEE_ = #{user}";
        String open = "RES.ASSIGNEE_ is null and exists (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_"
                + " and I.TYPE_ = 'candidate' and (I.USER_ID_ = #{user}"
                + (groups.isEmpty() ? "" : " or I.GROUP_ID_ in (" + listParameter("group", groups) + ")") + "))";
        conditions.add(switch (filter.scope()) {
            case ALL -> "(" + assigned + " or " + open + ")";
            case ASSIGNED_TO_ME -> assigned;
            case OPEN_IN_MY_TEAMS -> open;
        });
        if (filter.law() != null) {
            parameters.put("law", filter.law().name());
            String ofTheLaw = "exists (select 1 from ACT_RU_VARIABLE V where V.PROC_INST_ID_ = RES.PROC_INST_ID_"
                    + " and V.TASK_ID_ is null and V.NAME_ = 'law' and V.TYPE_ = 'string' and V.TEXT_ = #{law})";
            conditions.add(filter.law() != Law.JEUGDWET ? ofTheLaw : "(" + ofTheLaw
                    + " or RES.PROC_DEF_ID_ in (select ID_ from ACT_RE_PROCDEF where KEY_ in ("
                    + listParameter("youthRoute", List.copyOf(ModelIds.YOUTH_CARE_ROUTES)) + ")))");
        }
        if (filter.taskKey() != null) {
            parameters.put("taskKey", filter.taskKey());
            conditions.add("RES.TASK_DEF_KEY_ = #{taskKey}");
        }
        DueDates due = DueDates.of(filter.due());
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
        return query(tasks, "select RES.*" + from() + orderBy).listPage(offset, limit);
    }

    List<Task> list(TaskService tasks) {
        return query(tasks, "select RES.*" + from()).list();
    }

    long count(TaskService tasks) {
        return query(tasks, "select count(*)" + from()).count();
    }

    private String from() {
        return " from ACT_RU_TASK RES where " + String.join(" and ", conditions);
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
