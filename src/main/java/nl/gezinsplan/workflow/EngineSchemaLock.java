package nl.gezinsplan.workflow;

import javax.sql.DataSource;
import nl.gezinsplan.base.StartLock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets nodes of a cluster that start together on an empty database create the engine's tables once: the engine
 * looks for its tables and creates them without a lock of its own (unlike its deployments), so two nodes could both
 * find none. A node holds a {@link StartLock} from the end of the engine's configuration, before it looks, until the
 * engine is built. Under the same lock it adds the indexes of the inbox and the team overview, and the triggers that
 * keep the open tasks' candidates (migration V56), to the engine's tables, which do not exist yet when Flyway runs on a
 * new database.
 */
@Component
class EngineSchemaLock extends AbstractProcessEnginePlugin {

    /**
     * The inbox's default order, of all tasks and of each user's own, so a page of either half of the inbox
     * ({@code InboxQuery}) is read in order and stops after it; and the routes of each team by their team variable,
     * so the team overview finds its teams' routes without reading every variable of every route
     * ({@code InboxQuery.teamWork}).
     */
    private static final String[] INDEXES = {
        "create index if not exists gezinsplan_task_inbox_order on act_ru_task (due_date_, create_time_, id_)",
        "create index if not exists gezinsplan_task_assignee_inbox_order"
                + " on act_ru_task (assignee_, due_date_, create_time_, id_)",
        "create index if not exists gezinsplan_variable_route_team on act_ru_variable (text_, proc_inst_id_)"
                + " where name_ = '" + TeamWork.ROUTE_TEAM + "' and task_id_ is null and type_ = 'string'"};

    /**
     * The triggers that keep {@code open_task_candidate} with the engine's tasks and their candidates, and the
     * candidates of the tasks already open, all in one transaction: from the first trigger on, no engine
     * writes to the tables until it commits, so none is missed or counted twice.
     */
    private static final String[] OPEN_TASK_CANDIDATES = {
        "create trigger open_task_candidate_of_link after insert or delete on act_ru_identitylink"
                + " for each row execute function open_task_candidate_of_link()",
        "create trigger open_task_candidate_of_task after update of assignee_ on act_ru_task for each row"
                + " when (old.assignee_ is distinct from new.assignee_) execute function open_task_candidate_of_task()",
        "select open_task_candidate_rebuild()"};

    private final DataSource dataSource;
    private StartLock lock;

    EngineSchemaLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        lock = StartLock.hold(dataSource, "engine-schema");
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        if (lock != null) {
            try {
                new JdbcTemplate(dataSource).batchUpdate(INDEXES);
                keepOpenTaskCandidates();
            } finally {
                lock.release();
                lock = null;
            }
        }
    }

    private void keepOpenTaskCandidates() {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        transaction.executeWithoutResult(status -> {
            if (jdbc.queryForObject("select count(*) from pg_trigger where tgname = 'open_task_candidate_of_link'",
                    Long.class) == 0) {
                for (String statement : OPEN_TASK_CANDIDATES) {
                    jdbc.execute(statement);
                }
            }
        });
    }
}
