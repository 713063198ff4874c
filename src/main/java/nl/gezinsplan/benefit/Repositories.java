package nl.gezinsplan.benefit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MeasureRepository extends ListCrudRepository<Measure, Long> {

    @Query("select * from measure where family_id = :familyId order by imposed_at desc, id desc")
    List<Measure> ofFamily(long familyId);
}

interface ReexaminationRepository extends ListCrudRepository<Reexamination, Long> {

    @Query("""
            select * from reexamination where provision_id = :provisionId and id > :afterId
            order by id desc limit 1""")
    Optional<Reexamination> latestAfter(long provisionId, long afterId);

    @Query("select * from reexamination where family_id = :familyId order by recorded_at desc, id desc")
    List<Reexamination> ofFamily(long familyId);
}
