package nl.gezinsplan.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.gezinsplan.security.EngineChanges;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.UserDirectory;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.query.Query;
import org.springframework.stereotype.Component;

/**
 * Administrators reach the engine through its REST API and webapps, where every command of the engine is open. They
 * may look at everything and get failed jobs going again (retries, incident notes), nothing more: completing,
 * claiming or assigning a task, setting variables, deleting, modifying, migrating, suspending or restarting a process,
 * correlating messages or deploying would change a case past its rules, so the request and its route would no longer
 * agree. Cases change in Gezinsplan itself. Checked on every engine command, whichever path it came by; a web request
 * in which a command changed something is marked for the audit of engine calls ({@link EngineChanges}).
 */
@Component
class ReadOnlyForAdministrators extends AbstractProcessEnginePlugin {

    private static final Pattern READS = Pattern.compile(
            "(Get|Find|Is|Query|AuthorizationCheck|DetermineHistoryLevel|Create\\w*Query|Execute\\w*(Filter|Query))\\w*");
    private static final Pattern REPAIRS = Pattern.compile(
            "Set(Job|Jobs|ExternalTask|ExternalTasks)Retries\\w*|SetAnnotationForIncidentCmd");

    private final UserDirectory directory;

    ReadOnlyForAdministrators(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                boolean read = isRead(command);
                if (!read && !isRepair(command)
                        && isAdministrator(configuration.getIdentityService().getCurrentAuthentication())) {
                    throw new AuthorizationException("Administrators may read the engine and retry failed jobs, "
                            + "nothing else; cases change in Gezinsplan itself (refused: "
                            + command.getClass().getSimpleName() + ")");
                }
                if (!read) {
                    EngineChanges.markCurrentRequest();
                }
                return next.execute(command);
            }
        });
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    private static boolean isRead(Command<?> command) {
        return command instanceof Query<?, ?> || READS.matcher(command.getClass().getSimpleName()).matches();
    }

    private static boolean isRepair(Command<?> command) {
        return REPAIRS.matcher(command.getClass().getSimpleName()).matches();
    }

    /** The REST API and webapps hand the engine the caller's groups; our own services only the user id. */
    private boolean isAdministrator(Authentication caller) {
        if (caller == null || caller.getUserId() == null) {
            return false;
        }
        if (caller.getGroupIds() != null && !caller.getGroupIds().isEmpty()) {
            return caller.getGroupIds().contains(Role.ADMIN.groupId());
        }
        return directory.findUser(caller.getUserId()).filter(user -> user.role() == Role.ADMIN && user.active()).isPresent();
    }
}
