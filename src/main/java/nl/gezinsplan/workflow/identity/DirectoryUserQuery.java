package nl.gezinsplan.workflow.identity;

import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

class DirectoryUserQuery extends UserQueryImpl {

    DirectoryUserQuery() {
    }

    DirectoryUserQuery(CommandExecutor commandExecutor) {
        super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return provider(commandContext).countUsers(this);
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        return provider(commandContext).findUsers(this, page);
    }

    private static DirectoryIdentityProvider provider(CommandContext commandContext) {
        return (DirectoryIdentityProvider) commandContext.getReadOnlyIdentityProvider();
    }
}
