package nl.gezinsplan.workspace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.workflow.InboxFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own saved inbox filters; nobody sees or changes another user's. */
@Service
@Transactional
public class SavedFilters {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final UserDirectory directory;

    SavedFilters(JdbcClient jdbc, CurrentUser currentUser, UserDirectory directory) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public List<SavedFilter> mine() {
        return jdbc.sql("select id, name, scope, law, task_key, due from inbox_filter where user_account = :me"
                        + " order by lower(name)")
                .param("me", me())
                .query(SavedFilters::toSavedFilter)
                .list();
    }

    /** Saves the filter under the name; one of the user's filters with the same name is replaced. */
    public SavedFilter save(String name, InboxFilter filter) {
        String trimmed = name == null ? "" : name.trim();
        Input.requiredText(trimmed, WorkspaceLimits.FILTER_NAME, "inbox.filter.name.required");
        long id = jdbc.sql("insert into inbox_filter (user_account, name, scope, law, task_key, due)"
                        + " values (:me, :name, :scope, :law, :taskKey, :due)"
                        + " on conflict (user_account, lower(name)) do update set name = excluded.name,"
                        + " scope = excluded.scope, law = excluded.law, task_key = excluded.task_key, due = excluded.due"
                        + " returning id")
                .param("me", me())
                .param("name", trimmed)
                .param("scope", filter.scope().name())
                .param("law", filter.law() == null ? null : filter.law().name())
                .param("taskKey", filter.taskKey())
                .param("due", filter.due() == null ? null : filter.due().name())
                .query(Long.class)
                .single();
        return new SavedFilter(id, trimmed, filter);
    }

    public void delete(long id) {
        jdbc.sql("delete from inbox_filter where id = :id and user_account = :me")
                .param("id", id)
                .param("me", me())
                .update();
    }

    /** The signed-in user's account id. */
    private long me() {
        return directory.accountIdOf(currentUser.require().username()).orElseThrow();
    }

    private static SavedFilter toSavedFilter(ResultSet rs, int row) throws SQLException {
        String law = rs.getString("law");
        String due = rs.getString("due");
        return new SavedFilter(rs.getLong("id"), rs.getString("name"), new InboxFilter(
                InboxFilter.Scope.valueOf(rs.getString("scope")), law == null ? null : Law.valueOf(law),
                rs.getString("task_key"), due == null ? null : InboxFilter.Due.valueOf(due)));
    }
}
