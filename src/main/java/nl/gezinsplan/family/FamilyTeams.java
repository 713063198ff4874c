package nl.gezinsplan.family;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which teams have open work for a family, and until when; casework keeps it current, the access rule reads it
 * against today's date, so a team's access ends the day after its work without anyone touching the family.
 */
@Component
public class FamilyTeams {

    private final JdbcClient jdbc;

    FamilyTeams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param openUntil per team, the last day of its open work for the family; null while that work has no end */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(long familyId, Map<String, LocalDate> openUntil) {
        jdbc.sql("delete from family_team where family_id = :familyId").param("familyId", familyId).update();
        openUntil.forEach((team, until) -> jdbc.sql("""
                        insert into family_team (family_id, team_code, open_until) values (:familyId, :team, :until)""")
                .param("familyId", familyId)
                .param("team", team)
                .param("until", until, java.sql.Types.DATE)
                .update());
    }
}
