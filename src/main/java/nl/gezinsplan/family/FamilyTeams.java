package nl.gezinsplan.family;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Which teams have open work for a family; casework keeps it current, the access rule reads it. */
@Component
public class FamilyTeams {

    private final JdbcClient jdbc;

    FamilyTeams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(long familyId, Set<String> teamCodes) {
        jdbc.sql("delete from family_team where family_id = :familyId").param("familyId", familyId).update();
        teamCodes.forEach(team -> jdbc.sql("insert into family_team (family_id, team_code) values (:familyId, :team)")
                .param("familyId", familyId)
                .param("team", team)
                .update());
    }
}
