package nl.gezinsplan.casework;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.family.FamilyTeams;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the family's teams with open work current after every change to its requests and provisions: the teams of
 * the laws of its open requests (no end) and open provisions (until the last allocation end, or no end when one has
 * none), and the panel while a request waits for it; a withdrawn request, or one closed without a decision, as long as
 * a manager of its team may reopen it. The dates do the rest: the access rule compares them with today.
 */
@Component
class CaseTeams {

    static final String PANEL = "panel";

    private final JdbcClient jdbc;
    private final FamilyTeams familyTeams;
    private final Period reopenWithin;

    CaseTeams(JdbcClient jdbc, FamilyTeams familyTeams,
              @Value("${gezinsplan.workflow.request.reopen-within:P3M}") Period reopenWithin) {
        this.jdbc = jdbc;
        this.familyTeams = familyTeams;
        this.reopenWithin = reopenWithin;
    }

    void refresh(long familyId) {
        Map<String, LocalDate> openUntil = new HashMap<>();
        jdbc.sql("""
                        select law, case when bool_and(until is not null) then max(until) end as until
                        from (select pr.law, v.allocation_end as until
                              from provision v join product pr on pr.id = v.product_id
                              where v.family_id = :familyId and v.status in ('PROPOSED', 'GRANTED')
                              union all
                              select law, null from request where family_id = :familyId and status = 'OPEN'
                              union all
                              select law, (closed_on + cast(:reopenWithin as interval))::date from request
                              where family_id = :familyId and status in ('WITHDRAWN', 'CLOSED_WITHOUT_DECISION')) work
                        group by law""")
                .param("familyId", familyId)
                .param("reopenWithin", reopenWithin.toString())
                .query(rs -> {
                    openUntil.put(Law.valueOf(rs.getString("law")).teamCode(), rs.getObject("until", LocalDate.class));
                });
        boolean atPanel = jdbc.sql("select exists (select 1 from request where family_id = :familyId and at_panel)")
                .param("familyId", familyId)
                .query(Boolean.class)
                .single();
        if (atPanel) {
            openUntil.put(PANEL, null);
        }
        familyTeams.replace(familyId, openUntil);
    }
}
