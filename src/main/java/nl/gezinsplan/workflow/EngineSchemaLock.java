package nl.gezinsplan.workflow;

import javax.sql.DataSource;
import nl.gezinsplan.base.StartLock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets nodes of a cluster that start together on an empty database create the engine's tables once: the engine
 * looks for its tables and creates them without a lock of its own (unlike its deployments), so two nodes could both
 * find none. A node holds a {@link StartLock} from the end of the engine's configuration, before it looks, until the
 * engine is built.
 */
@Component
class EngineSchemaLock extends AbstractProcessEnginePlugin {

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
            lock.release();
            lock = null;
        }
    }
}
