package nl.gezinsplan.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who read or changed which family file, and when (AVG/GDPR). Managers search the trail of their teams: events by
 * their team members and events on families their teams work with. Administrators search what happened outside any
 * family file (their own acts among them), so that they still read nothing of a case.
 */
@Service
public class AuditLog {

    private static final String COLUMNS = "id, at, actor, action, family_id, subject, detail";

    /** The reads of family files while one page is built, per family, in the order read. */
    private static final ThreadLocal<Map<Long, PageRead>> PAGE = new ThreadLocal<>();

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transaction;

    AuditLog(JdbcClient jdbc, CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Records a read or change in the caller's transaction: a change that rolls back leaves no trace. A read while a
     * page is built ({@link #onePageView}) becomes part of that page's one read.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, long familyId, String subject, String detail, Collection<String> familyTeams) {
        Map<Long, PageRead> page = PAGE.get();
        if (page != null && action == AuditAction.READ) {
            page.computeIfAbsent(familyId, id -> new PageRead(familyTeams, new LinkedHashSet<>())).parts().add(subject);
            return;
        }
        insert(currentUser.require(), action, familyId, subject, detail, familyTeams);
    }

    /**
     * Builds one page that shows parts of family files, each read through a service that checks the caller's right
     * and records the read: on the trail they become one READ row per family ({@link AuditEvent#PAGE_VIEW}), its
     * detail listing the parts shown, instead of a row per part. Refusals are recorded at once, as always.
     */
    public void onePageView(Runnable page) {
        if (PAGE.get() != null) {
            page.run();
            return;
        }
        Map<Long, PageRead> reads = new LinkedHashMap<>();
        PAGE.set(reads);
        try {
            page.run();
        } finally {
            PAGE.remove();
            if (!reads.isEmpty()) {
                DirectoryUser reader = currentUser.require();
                transaction.executeWithoutResult(status -> reads.forEach((familyId, read) ->
                        insert(reader, AuditAction.READ, familyId, AuditEvent.PAGE_VIEW,
                                String.join(AuditEvent.PART_SEPARATOR, read.parts()), read.familyTeams())));
            }
        }
    }

    /**
     * Records, in the caller's transaction, what someone did who is not signed in yet: a family member activating
     * their portal account, in their new login's name. The caller has established who {@code actor} is.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, AuditAction action, long familyId, String subject, String detail,
                         Collection<String> familyTeams) {
        insert(actor, List.of(), action, familyId, subject, detail, familyTeams);
    }

    /** Records a refusal in a transaction of its own, so it stays although the refused call rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDenial(long familyId, String subject, Collection<String> familyTeams) {
        insert(currentUser.require(), AuditAction.DENIED, familyId, subject, null, familyTeams);
    }

    /**
     * Records, in a transaction of its own, what a user did or was refused outside any family file: a refused task or
     * page, or an administrator's change through the engine's REST API or webapps. It stays although the call it
     * describes rolls back. {@code actor} is the canonical user name, or what an anonymous caller gave.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordOutsideFile(String actor, AuditAction action, String subject, String detail) {
        List<String> actorTeams = currentUser.get().filter(user -> user.username().equalsIgnoreCase(actor))
                .map(user -> List.copyOf(user.teamCodes())).orElse(List.of());
        insert(actor, actorTeams, action, null, subject, detail, List.of());
    }

    /**
     * What was created and changed in a family file, newest first: the family's timeline. The caller has checked the
     * reader's right to the family.
     */
    @Transactional(readOnly = true)
    public List<AuditEvent> changesOf(long familyId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_event e where family_id = :familyId"
                        + " and action in ('CREATE', 'UPDATE') order by at desc, id desc limit :limit")
                .param("familyId", familyId)
                .param("limit", limit)
                .query(AuditLog::toEvent)
                .list();
    }

    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> search(AuditFilter filter, int offset, int limit) {
        Query query = query(filter);
        return jdbc.sql("select " + COLUMNS + " from audit_event e where " + query.where
                        + " order by at desc, id desc offset :offset limit :limit")
                .params(query.params)
                .param("offset", offset)
                .param("limit", limit)
                .query(AuditLog::toEvent)
                .list();
    }

    private static AuditEvent toEvent(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                AuditAction.valueOf(rs.getString("action")), (Long) rs.getObject("family_id"),
                rs.getString("subject"), rs.getString("detail"));
    }

    private void insert(DirectoryUser actor, AuditAction action, long familyId, String subject, String detail,
                        Collection<String> familyTeams) {
        insert(actor.username(), actor.teamCodes(), action, familyId, subject, detail, familyTeams);
    }

    private void insert(String actor, Collection<String> actorTeams, AuditAction action, Long familyId, String subject,
                        String detail, Collection<String> familyTeams) {
        jdbc.sql("""
                        insert into audit_event (at, actor, action, family_id, subject, detail, actor_teams, family_teams)
                        values (:at, :actor, :action, :familyId, :subject, :detail, cast(:actorTeams as varchar[]), cast(:familyTeams as varchar[]))""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", actor)
                .param("action", action.name())
                .param("familyId", familyId)
                .param("subject", subject)
                .param("detail", detail)
                .param("actorTeams", actorTeams.toArray(String[]::new))
                .param("familyTeams", familyTeams.toArray(String[]::new))
                .update();
    }

    /** PostgreSQL refuses NUL even in a search term, and no actor holds it (as base.Input.searchable, a module up). */
    static String withoutNul(String text) {
        return text == null ? null : text.replace("\0", "");
    }

    private Query query(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        DirectoryUser reader = currentUser.require();
        if (reader.role() == Role.ADMIN) {
            conditions.add("e.family_id is null");
        } else {
            // administrators belong to no team: what they did outside any family file every manager sees
            conditions.add("""
                    (e.actor_teams && cast(:myTeams as varchar[]) or e.family_teams && cast(:myTeams as varchar[])
                     or e.family_id is null and exists (select 1 from user_account u
                                                        where lower(u.username) = lower(e.actor) and u.role = 'ADMIN'))""");
            params.put("myTeams", reader.teamCodes().toArray(String[]::new));
        }
        if (filter.actor() != null) {
            conditions.add("lower(e.actor) = lower(:actor)");
            params.put("actor", withoutNul(filter.actor()));
        }
        if (filter.familyId() != null) {
            conditions.add("e.family_id = :familyId");
            params.put("familyId", filter.familyId());
        }
        if (filter.action() != null) {
            conditions.add("e.action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.from() != null) {
            conditions.add("e.at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(clock.getZone()).toInstant()));
        }
        if (filter.until() != null) {
            conditions.add("e.at < :until");
            params.put("until", Timestamp.from(filter.until().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        return new Query(String.join(" and ", conditions), params);
    }

    private record Query(String where, Map<String, Object> params) {
    }

    private record PageRead(Collection<String> familyTeams, Set<String> parts) {
    }
}
