package nl.gezinsplan.family;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface FamilyRepository extends ListCrudRepository<Family, Long> {
}

interface PersonRepository extends ListCrudRepository<Person, Long> {

    @Query("select * from person where family_id = :familyId order by birth_date, id")
    List<Person> findByFamilyId(long familyId);

    @Query("select * from person where bsn = :bsn")
    Optional<Person> findByBsn(String bsn);
}

interface ContactPersonRepository extends ListCrudRepository<ContactPerson, Long> {

    @Query("select * from contact_person where family_id = :familyId and ended_at is null")
    Optional<ContactPerson> findCurrent(long familyId);

    @Query("select * from contact_person where family_id = :familyId order by started_at desc, id desc")
    List<ContactPerson> findHistory(long familyId);
}
