package nl.gezinsplan.security;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator creates and renames teams; each act on the audit trail. A team's code never changes. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class TeamAdministration {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    TeamAdministration(JdbcClient jdbc, CurrentUser currentUser, AuditLog audit) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Team> teams() {
        return jdbc.sql("select code, name from team order by lower(name)")
                .query((rs, row) -> new Team(rs.getString("code"), rs.getString("name")))
                .list();
    }

    /**
     * Creates a team; without a code, one is made from the name.
     *
     * @throws AccountRefused when the name or code breaks a rule or another team has it; nothing is saved
     */
    public Team create(String code, String name) {
        Team team = Team.create(code, name);
        if (exists("lower(name) = lower(:name)", team)) {
            throw new AccountRefused("security.team.name.taken");
        }
        if (exists("lower(code) = lower(:code)", team)) {
            throw new AccountRefused("security.team.code.taken");
        }
        jdbc.sql("insert into team (code, name) values (:code, :name)")
                .param("code", team.code())
                .param("name", team.name())
                .update();
        audit.recordOutsideFile(me(), AuditAction.CREATE, "audit.team.created", team.code() + ": " + team.name());
        return team;
    }

    /** @throws AccountRefused when the name breaks a rule or another team has it; nothing is saved */
    public Team rename(String code, String name) {
        Team before = teams().stream().filter(team -> team.code().equals(code)).findFirst()
                .orElseThrow(() -> new AccountRefused("security.team.unknown"));
        Team after = before.renamed(name);
        if (after.name().equals(before.name())) {
            return before;
        }
        if (exists("lower(name) = lower(:name) and code <> :code", after)) {
            throw new AccountRefused("security.team.name.taken");
        }
        jdbc.sql("update team set name = :name where code = :code")
                .param("code", after.code())
                .param("name", after.name())
                .update();
        audit.recordOutsideFile(me(), AuditAction.UPDATE, "audit.team.renamed",
                after.code() + ": " + before.name() + " -> " + after.name());
        return after;
    }

    private boolean exists(String condition, Team team) {
        return jdbc.sql("select exists (select 1 from team where " + condition + ")")
                .param("code", team.code())
                .param("name", team.name())
                .query(Boolean.class)
                .single();
    }

    private String me() {
        return currentUser.require().username();
    }
}
