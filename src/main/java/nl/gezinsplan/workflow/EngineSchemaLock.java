package nl.gezinsplan.workflow;

import javax.sql.DataSource;
import nl.gezinsplan.base.StartLock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets nodes of a cluster that start together on an empty database create the engine's tables once: the engine
 * looks for its tables and creates them without a lock of its own (unlike its deployments), so two nodes could both
 * find none. A node holds a {@link StartLock} from the end of the engine's configuration, before it looks, until the
 * engine is built. Under the same lock it adds the inbox's indexes to the engine's tables, which do not exist yet
 * when Flyway runs on a new database.
 */
@Component
class EngineSchemaLock extends AbstractProcessEnginePlugin {

    /**
     * The inbox's default order, of all tasks and of each user's own, so a page of either half of the inbox
     * ({@code InboxQuery}) is read in order and stops after it; and a task's candidates with their groups, so "is this
     * open task open to me" is answered from the index alone.
     */
    private static final String[] INBOX_INDEXES = {
        "create index if not exists gezinsplan_task_inbox_order on act_ru_task (due_date_, create_time_, id_)",
        "create index if not exists gezinsplan_task_assignee_inbox_order"
                + " on act_ru_task (assignee_, due_date_, create_time_, id_)",
        "create index if not exists gezinsplan_identitylink_candidates"
                + " on act_ru_identitylink (task_id_, type_, group_id_, user_id_)"};

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
                new JdbcTemplate(dataSource).batchUpdate(INBOX_INDEXES);
            } finally {
                lock.release();
                lock = null;
            }
        }
    }
}
