package nl.gezinsplan.workflow.identity;

import nl.gezinsplan.security.UserDirectory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/** Makes the engine take its users and groups from {@link UserDirectory}. */
@Component
class IdentityPlugin extends AbstractProcessEnginePlugin {

    private final UserDirectory directory;

    IdentityPlugin(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new DirectoryIdentityProvider(directory);
            }
        });
    }
}
