package nl.gezinsplan.demo;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.gezinsplan.demo.DemoFamily.Agreement;
import nl.gezinsplan.demo.DemoFamily.Contact;
import nl.gezinsplan.demo.DemoFamily.Goal;
import nl.gezinsplan.demo.DemoFamily.Involved;
import nl.gezinsplan.demo.DemoFamily.Member;
import nl.gezinsplan.demo.DemoFamily.PlanVersion;
import nl.gezinsplan.demo.DemoFamily.Provision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads demo families on first start (after {@code security.DemoUsers}, whose consultants become contact persons):
 * the small set by default, a whole city with {@code gezinsplan.demo.scale=city}. Nothing happens once families
 * exist.
 * <p>
 * On purpose this writes the tables of the family, plan and casework modules directly, in JDBC batches: going
 * through their services row by row would take minutes at city scale, and demo data needs no access checks or audit.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "gezinsplan.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DemoScale scale;

    DemoData(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
             @Value("${gezinsplan.demo.scale:small}") String scale) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.scale = DemoScale.of(scale);
    }

    @Override
    public void run(ApplicationArguments args) {
        loadIfEmpty();
    }

    /** Loads the configured scale into an empty database, in one transaction; true when it did. */
    boolean loadIfEmpty() {
        long started = System.nanoTime();
        Boolean loaded = transaction.execute(status -> {
            // one loader at a time, so two instances starting together cannot both see an empty table
            jdbc.execute("lock table family in exclusive mode");
            if (jdbc.queryForObject("select exists (select 1 from family)", Boolean.class)) {
                return false;
            }
            List<DemoFamily> families = new DemoGenerator(DemoGenerator.SEED, LocalDate.now(clock), clock.getZone())
                    .families(scale.families());
            Counts counts = insert(families);
            log.info("Loaded {} demo data: {} families, {} persons, {} provisions, {} plan versions in {} ms",
                    scale.name().toLowerCase(), families.size(), counts.persons, counts.provisions, counts.plans,
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        });
        return Boolean.TRUE.equals(loaded);
    }

    private record Counts(int persons, int provisions, int plans) {
    }

    private record Catalogued(long id, BigDecimal tariff) {
    }

    private Counts insert(List<DemoFamily> families) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Catalogued> products = jdbc.query("select code, id, tariff from product",
                        (rs, row) -> Map.entry(rs.getString("code"), new Catalogued(rs.getLong("id"), rs.getBigDecimal("tariff"))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Long> providers = jdbc.query("select name, id from provider",
                        (rs, row) -> Map.entry(rs.getString("name"), rs.getLong("id")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<String> offers = jdbc.queryForList("""
                select p.code || ' ' || v.name from provider_product o
                join product p on p.id = o.product_id join provider v on v.id = o.provider_id""", String.class);
        for (DemoProduct product : DemoProduct.values()) {
            if (!offers.contains(product.code() + " " + product.provider())) {
                throw new IllegalStateException("Catalogue lacks " + product.provider() + " offering " + product.code());
            }
        }

        long[] familyIds = reserveIds("family", families.size());
        long[] personIds = reserveIds("person", families.stream().mapToInt(f -> f.members().size()).sum());
        long[] planIds = reserveIds("plan_version", families.stream().mapToInt(f -> f.plans().size()).sum());

        List<Object[]> familyRows = new ArrayList<>();
        List<Object[]> personRows = new ArrayList<>();
        List<Object[]> contactRows = new ArrayList<>();
        List<Object[]> teamRows = new ArrayList<>();
        List<Object[]> provisionRows = new ArrayList<>();
        List<Object[]> planRows = new ArrayList<>();
        List<Object[]> goalRows = new ArrayList<>();
        List<Object[]> agreementRows = new ArrayList<>();
        List<Object[]> involvedRows = new ArrayList<>();
        int person = 0;
        int plan = 0;
        for (int f = 0; f < families.size(); f++) {
            DemoFamily family = families.get(f);
            long familyId = familyIds[f];
            familyRows.add(new Object[] {familyId, family.name(), family.street(), family.houseNumber(),
                    family.postalCode(), DemoFamily.CITY, family.district(), time(family.createdAt())});
            long[] memberIds = new long[family.members().size()];
            for (int m = 0; m < memberIds.length; m++) {
                Member member = family.members().get(m);
                memberIds[m] = personIds[person++];
                personRows.add(new Object[] {memberIds[m], familyId, member.bsn(), member.firstName(),
                        member.lastName(), member.birthDate(), member.role().name(), time(family.createdAt())});
            }
            for (Contact contact : family.contacts()) {
                contactRows.add(new Object[] {familyId, contact.username(), time(contact.startedAt()),
                        time(contact.endedAt()), contact.username()});
            }
            family.teamsOn(today).forEach((team, until) -> teamRows.add(new Object[] {familyId, team, until}));
            for (Provision provision : family.provisions()) {
                Catalogued product = products.get(provision.productCode());
                // contracted as the application records it: whether the provider offers the product; with a personal
                // budget the family chose the provider, so no reason is asked
                boolean contracted = offers.contains(provision.productCode() + " " + provision.provider());
                provisionRows.add(new Object[] {familyId, memberIds[provision.member()], product.id(),
                        providers.get(provision.provider()), provision.volume(), provision.frequency().name(),
                        product.tariff(), provision.allocationStart(), provision.allocationEnd(), provision.careStart(),
                        provision.careEnd(), provision.status().name(), time(provision.createdAt()),
                        provision.createdBy(), Objects.toString(provision.outflowReason(), null), contracted,
                        contracted || provision.personalBudget() ? null : provision.offContractReason()});
            }
            for (PlanVersion version : family.plans()) {
                long planId = planIds[plan++];
                planRows.add(new Object[] {planId, familyId, version.number(), version.author(),
                        time(version.createdAt())});
                for (int i = 0; i < version.goals().size(); i++) {
                    Goal goal = version.goals().get(i);
                    goalRows.add(new Object[] {planId, i, goal.itemKey(), goal.law().name(),
                            goal.member() == null ? null : memberIds[goal.member()], goal.description(),
                            goal.measurableResult(), goal.targetDate(), goal.status().name()});
                }
                for (int i = 0; i < version.agreements().size(); i++) {
                    Agreement agreement = version.agreements().get(i);
                    agreementRows.add(new Object[] {planId, i, agreement.itemKey(), agreement.party(),
                            agreement.action(), agreement.dueDate()});
                }
                for (int i = 0; i < version.involved().size(); i++) {
                    Involved involved = version.involved().get(i);
                    involvedRows.add(new Object[] {planId, i, involved.itemKey(), involved.name(),
                            involved.organisation(), involved.role(), involved.kind().name()});
                }
            }
        }

        batch("insert into family (id, name, street, house_number, postal_code, city, district, created_at, version) "
                + "overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, 0)", familyRows,
                Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.TIMESTAMP_WITH_TIMEZONE);
        batch("insert into person (id, family_id, bsn, first_name, last_name, birth_date, family_role, created_at, "
                + "version) overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, 0)", personRows,
                Types.BIGINT, Types.BIGINT, Types.CHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR,
                Types.TIMESTAMP_WITH_TIMEZONE);
        batch("insert into contact_person (family_id, username, started_at, ended_at, assigned_by) "
                + "values (?, ?, ?, ?, ?)", contactRows,
                Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR);
        batch("insert into family_team (family_id, team_code, open_until) values (?, ?, ?)", teamRows, Types.BIGINT,
                Types.VARCHAR, Types.DATE);
        batch("insert into provision (family_id, person_id, product_id, provider_id, volume, frequency, tariff, "
                + "allocation_start, allocation_end, care_start, care_end, status, created_at, created_by, "
                + "outflow_reason, contracted, off_contract_reason, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                provisionRows,
                Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.NUMERIC, Types.VARCHAR, Types.NUMERIC,
                Types.DATE, Types.DATE, Types.DATE, Types.DATE, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
                Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR);
        batch("insert into plan_version (id, family_id, number, author, created_at) overriding system value "
                + "values (?, ?, ?, ?, ?)", planRows,
                Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE);
        batch("insert into plan_goal (plan_version, position, item_key, law, person_id, description, "
                + "measurable_result, target_date, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", goalRows,
                Types.BIGINT, Types.INTEGER, Types.OTHER, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                Types.DATE, Types.VARCHAR);
        batch("insert into plan_agreement (plan_version, position, item_key, party, action, due_date) "
                + "values (?, ?, ?, ?, ?, ?)", agreementRows,
                Types.BIGINT, Types.INTEGER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.DATE);
        batch("insert into plan_involved (plan_version, position, item_key, name, organisation, role, kind) "
                + "values (?, ?, ?, ?, ?, ?, ?)", involvedRows,
                Types.BIGINT, Types.INTEGER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR);
        return new Counts(personRows.size(), provisionRows.size(), planRows.size());
    }

    /**
     * Takes {@code count} ids from the table's identity sequence, so rows that refer to each other can be inserted
     * in batches with their ids known beforehand, and later inserts by the application continue after them.
     */
    private long[] reserveIds(String table, int count) {
        return jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
                Long.class, table, count).stream().mapToLong(Long::longValue).toArray();
    }

    private void batch(String sql, List<Object[]> rows, int... types) {
        jdbc.batchUpdate(sql, rows, types);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
