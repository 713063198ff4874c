package nl.gezinsplan.workflow.identity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import nl.gezinsplan.security.AccessGroup;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.security.UserFilter;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's users and groups, read from Gezinsplan's own directory: teams and roles are the groups, so a
 * candidate group in a BPMN model is a team code or a role. Read-only: users are managed in Gezinsplan.
 */
class DirectoryIdentityProvider implements ReadOnlyIdentityProvider {

    private final UserDirectory directory;

    DirectoryIdentityProvider(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public User findUserById(String userId) {
        return directory.findUser(userId).map(DirectoryIdentityProvider::toUser).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new DirectoryUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new DirectoryUserQuery();
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException("Native user queries are not supported: users live in Gezinsplan's directory");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return directory.checkPassword(userId, password);
    }

    @Override
    public Group findGroupById(String groupId) {
        return directory.groups().stream()
                .filter(group -> group.id().equals(groupId))
                .findFirst()
                .map(DirectoryIdentityProvider::toGroup)
                .orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new DirectoryGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new DirectoryGroupQuery();
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    long countUsers(DirectoryUserQuery query) {
        return directory.countUsers(filterOf(query));
    }

    List<User> findUsers(DirectoryUserQuery query, Page page) {
        int offset = page == null ? 0 : page.getFirstResult();
        int limit = page == null ? Integer.MAX_VALUE : page.getMaxResults();
        return directory.findUsers(filterOf(query), offset, limit).stream()
                .map(DirectoryIdentityProvider::toUser)
                .toList();
    }

    List<Group> findGroups(DirectoryGroupQuery query) {
        List<String> memberOf = query.getUserId() == null ? null : directory.groupIdsOf(query.getUserId());
        Predicate<AccessGroup> matches = group -> (query.getId() == null || group.id().equals(query.getId()))
                && (query.getIds() == null || Arrays.asList(query.getIds()).contains(group.id()))
                && (query.getName() == null || group.name().equals(query.getName()))
                && (query.getNameLike() == null || likes(group.name(), query.getNameLike()))
                && (query.getType() == null || group.kind().name().equals(query.getType()))
                && (memberOf == null || memberOf.contains(group.id()))
                && query.getTenantId() == null;
        return directory.groups().stream()
                .filter(matches)
                .sorted(Comparator.comparing(AccessGroup::id))
                .map(DirectoryIdentityProvider::toGroup)
                .toList();
    }

    private static UserFilter filterOf(DirectoryUserQuery query) {
        if (query.getTenantId() != null) {
            // no tenants: a tenant's members are nobody
            return UserFilter.named(List.of());
        }
        return new UserFilter(query.getId(), query.getIds() == null ? null : Arrays.asList(query.getIds()),
                exactOrLike(query.getFirstName(), query.getFirstNameLike()),
                exactOrLike(query.getLastName(), query.getLastNameLike()),
                exactOrLike(query.getEmail(), query.getEmailLike()),
                query.getGroupId(), null);
    }

    private static String exactOrLike(String exact, String like) {
        return exact != null ? exact.replace("%", "\\%").replace("_", "\\_") : like;
    }

    private static boolean likes(String value, String pattern) {
        String regex = pattern.toLowerCase(Locale.ROOT).replace(".", "\\.").replace("%", ".*").replace("_", ".");
        return value.toLowerCase(Locale.ROOT).matches(regex);
    }

    private static User toUser(DirectoryUser user) {
        UserEntity entity = new UserEntity(user.username());
        entity.setFirstName(user.firstName());
        entity.setLastName(user.lastName());
        entity.setEmail(user.email());
        return entity;
    }

    private static Group toGroup(AccessGroup group) {
        GroupEntity entity = new GroupEntity(group.id());
        entity.setName(group.name());
        entity.setType(group.kind().name());
        return entity;
    }
}
