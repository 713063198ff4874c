package nl.gezinsplan.casework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ProductRepository extends ListCrudRepository<Product, Long> {

    String MATCHES = """
            (cast(:law as varchar) is null or law = :law) and (not :activeOnly or active)
            and (lower(code) like :text or lower(name) like :text)""";

    @Query("select * from product where " + MATCHES + " order by law, code offset :offset limit :limit")
    List<Product> find(String law, boolean activeOnly, String text, int offset, int limit);

    @Query("select count(*) from product where " + MATCHES)
    long count(String law, boolean activeOnly, String text);

    @Query("select * from product where lower(code) = lower(:code)")
    Optional<Product> findByCode(String code);

    @Query("""
            select p.code from product p join provider_product o on o.product_id = p.id
            where o.provider_id = :providerId order by p.code""")
    List<String> contractedWith(long providerId);
}

interface ProviderRepository extends ListCrudRepository<Provider, Long> {

    @Query("select * from provider where active or not :activeOnly order by lower(name)")
    List<Provider> find(boolean activeOnly);

    @Query("select * from provider where lower(name) = lower(:name)")
    Optional<Provider> findByName(String name);

    Optional<Provider> findByAgbCode(String agbCode);

    /** The providers that offer the product (provider_product), by name. */
    @Query("""
            select v.* from provider v join provider_product o on o.provider_id = v.id
            where o.product_id = :productId and (v.active or not :activeOnly) order by lower(v.name)""")
    List<Provider> offering(long productId, boolean activeOnly);

    @Query("select exists (select 1 from provider_product where provider_id = :providerId and product_id = :productId)")
    boolean offers(long providerId, long productId);

    @Modifying
    @Query("delete from provider_product where product_id = :productId")
    void withdrawOffers(long productId);

    @Modifying
    @Query("insert into provider_product (provider_id, product_id) values (:providerId, :productId)")
    void offer(long providerId, long productId);
}

interface ProvisionRepository extends ListCrudRepository<Provision, Long> {

    List<Provision> findByRequestIdAndStatus(long requestId, ProvisionStatus status);

    List<Provision> findByRequestIdAndProvisionalTrue(long requestId);
}

interface RequestRepository extends ListCrudRepository<Request, Long> {

    @Query("select * from request where family_id = :familyId order by requested_on desc, id desc")
    List<Request> findByFamily(long familyId);
}

interface ResearchReportRepository extends ListCrudRepository<ResearchReport, Long> {

    Optional<ResearchReport> findByRequestId(long requestId);

    @Query("select * from research_report where family_id = :familyId and sent_at is not null order by sent_at desc, id desc")
    List<ResearchReport> findSentOf(long familyId);
}

interface TermSuspensionRepository extends ListCrudRepository<TermSuspension, Long> {

    @Query("select * from term_suspension where request_id = :requestId order by started_at, id")
    List<TermSuspension> findByRequest(long requestId);

    @Query("select * from term_suspension where request_id = :requestId and ended_on is null")
    Optional<TermSuspension> findRunning(long requestId);

    /** The requests of the family whose term is suspended now. */
    @Query("""
            select s.request_id from term_suspension s join request r on r.id = s.request_id
            where r.family_id = :familyId and s.ended_on is null order by s.request_id""")
    List<Long> findSuspendedRequestsOfFamily(long familyId);
}

interface TermExtensionRepository extends ListCrudRepository<TermExtension, Long> {
}
