package nl.gezinsplan.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.family.FamilyTeams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the family's teams with open work current after every change to its requests and provisions: the teams of
 * the laws of its open requests and open provisions, and the panel while a request waits for it.
 */
@Component
class CaseTeams {

    static final String PANEL = "panel";

    private final JdbcClient jdbc;
    private final FamilyTeams familyTeams;
    private final Clock clock;

    CaseTeams(JdbcClient jdbc, FamilyTeams familyTeams, Clock clock) {
        this.jdbc = jdbc;
        this.familyTeams = familyTeams;
        this.clock = clock;
    }

    void refresh(long familyId) {
        Set<String> teams = new HashSet<>();
        jdbc.sql("""
                        select pr.law from provision v join product pr on pr.id = v.product_id
                        where v.family_id = :familyId and v.status in ('PROPOSED', 'GRANTED')
                          and (v.allocation_end is null or v.allocation_end >= :today)
                        union
                        select law from request where family_id = :familyId and status = 'OPEN'""")
                .param("familyId", familyId)
                .param("today", LocalDate.now(clock))
                .query(String.class)
                .list()
                .forEach(law -> teams.add(Law.valueOf(law).teamCode()));
        boolean atPanel = jdbc.sql("select exists (select 1 from request where family_id = :familyId and at_panel)")
                .param("familyId", familyId)
                .query(Boolean.class)
                .single();
        if (atPanel) {
            teams.add(PANEL);
        }
        familyTeams.replace(familyId, teams);
    }
}
