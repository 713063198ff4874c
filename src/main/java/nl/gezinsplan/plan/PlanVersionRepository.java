package nl.gezinsplan.plan;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PlanVersionRepository extends ListCrudRepository<PlanVersion, Long> {

    Optional<PlanVersion> findFirstByFamilyIdOrderByNumberDesc(long familyId);

    Optional<PlanVersion> findByFamilyIdAndNumber(long familyId, int number);

    @Query("select coalesce(max(number), 0) from plan_version where family_id = :familyId")
    int latestNumber(long familyId);
}
