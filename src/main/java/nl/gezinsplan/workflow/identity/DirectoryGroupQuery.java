package nl.gezinsplan.workflow.identity;

import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Groups are the few teams and roles, so they are filtered and paged in memory. */
class DirectoryGroupQuery extends GroupQueryImpl {

    DirectoryGroupQuery() {
    }

    DirectoryGroupQuery(CommandExecutor commandExecutor) {
        super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return provider(commandContext).findGroups(this).size();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        List<Group> groups = provider(commandContext).findGroups(this);
        if (page == null) {
            return groups;
        }
        int from = Math.min(page.getFirstResult(), groups.size());
        int to = (int) Math.min((long) from + page.getMaxResults(), groups.size());
        return groups.subList(from, to);
    }

    private static DirectoryIdentityProvider provider(CommandContext commandContext) {
        return (DirectoryIdentityProvider) commandContext.getReadOnlyIdentityProvider();
    }
}
