package nl.gezinsplan.reporting;

import java.time.LocalDate;
import nl.gezinsplan.casework.OutflowReason;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gezinsplan's own provisions that ended, with or without an outflow reason, each for a youth of ten in a family of
 * its own, for tests of the monitor's outflow reasons.
 */
public final class EndedProvisions {

    private final JdbcClient jdbc;

    public EndedProvisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A provision of the product granted from {@code start} to {@code allocationEnd}, whose care ended on
     * {@code careEnd} for the reason ({@code null}: none recorded), in status ENDED, or STOPPED without a reason.
     */
    public long ended(String product, String start, String allocationEnd, String careEnd, OutflowReason reason) {
        long family = jdbc.sql("insert into family (name, district, created_at, version)"
                + " values ('Uitstroom', 'Test', now(), 0) returning id").query(Long.class).single();
        long person = jdbc.sql("insert into person (family_id, first_name, last_name, birth_date, family_role,"
                        + " created_at, version) values (:family, 'Test', 'Uitstroom', :born, 'CHILD', now(), 0)"
                        + " returning id")
                .param("family", family).param("born", LocalDate.parse(start).minusYears(10)).query(Long.class)
                .single();
        return jdbc.sql("""
                        insert into provision (family_id, person_id, product_id, provider_id, volume, frequency, tariff,
                            allocation_start, allocation_end, care_start, care_end, status, outflow_reason, created_at,
                            created_by, version)
                        select :family, :person, p.id, (select min(id) from provider), 1, 'PER_WEEK', p.tariff,
                            :start, :allocationEnd, :start, :careEnd, :status, :reason, now(), 'test', 0
                        from product p where p.code = :product
                        returning id""")
                .param("family", family).param("person", person).param("product", product)
                .param("start", LocalDate.parse(start)).param("allocationEnd", LocalDate.parse(allocationEnd))
                .param("careEnd", LocalDate.parse(careEnd)).param("status", reason == null ? "STOPPED" : "ENDED")
                .param("reason", reason == null ? null : reason.name())
                .query(Long.class).single();
    }
}
