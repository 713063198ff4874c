package nl.gezinsplan.objection;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ObjectionRepository extends ListCrudRepository<Objection, Long> {

    @Query("select * from objection where family_id = :familyId order by received_on desc, id desc")
    List<Objection> findByFamily(long familyId);

    @Query("select exists (select 1 from objection where letter_id = :letterId and status = 'OPEN')")
    boolean openAgainst(long letterId);
}
