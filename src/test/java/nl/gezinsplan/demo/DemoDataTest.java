package nl.gezinsplan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.family.Bsn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The small demo set, loaded when the shared test context started. */
@IntegrationTest
class DemoDataTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demoData;

    @Autowired
    Clock clock;

    /** The demo families are the first ones in the database; tests add their own families after them. */
    private static final long DEMO_FAMILIES = DemoScale.SMALL.families();

    @Test
    void theSmallSetIsLoadedOnFirstStart() {
        assertThat(count("select count(*) from family where city = 'Lelystad' and id <= " + DEMO_FAMILIES)).isEqualTo(DEMO_FAMILIES);
        assertThat(count("select count(*) from person where family_id <= " + DEMO_FAMILIES)).isBetween(600L, 1_000L);
        assertThat(count("select count(*) from provision where family_id <= " + DEMO_FAMILIES)).isBetween(400L, 650L);
    }

    @Test
    void everyBsnIsFictitiousAndPassesTheElevenCheck() {
        List<String> numbers = jdbc.sql("select bsn from person where bsn is not null").query(String.class).list();
        assertThat(numbers).isNotEmpty().allSatisfy(bsn -> {
            assertThat(bsn).startsWith("9999");
            assertThat(Bsn.isValid(bsn)).as(bsn).isTrue();
        });
    }

    @Test
    void provisionsSpanTheThreeLawsWithYouthCareTheLargest() {
        Map<String, Long> perLaw = jdbc.sql("""
                        select pr.law, count(*) from provision p join product pr on pr.id = p.product_id group by pr.law""")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long total = perLaw.values().stream().mapToLong(Long::longValue).sum();
        assertThat(perLaw.get("JEUGDWET") / (double) total).isBetween(0.55, 0.78);
        assertThat(perLaw).containsKeys("WMO", "PARTICIPATIEWET");
        assertThat(count("select count(*) from provision where status = 'GRANTED'")).isPositive();
        assertThat(count("select count(*) from provision where status = 'ENDED'")).isPositive();
        assertThat(count("select count(*) from provision where tariff = (select tariff from product where id = product_id)"))
                .isEqualTo(count("select count(*) from provision"));
    }

    @Test
    void endedCareHasTheOutflowReasonItsEvaluationWouldHaveRecorded() {
        Map<String, Long> reasons = new TreeMap<>();
        jdbc.sql("select coalesce(outflow_reason, 'NONE') reason, count(*) from provision"
                        + " where family_id <= :families and status = 'ENDED' group by 1")
                .param("families", DEMO_FAMILIES)
                .query(rs -> {
                    reasons.put(rs.getString(1), rs.getLong(2));
                });
        assertThat(reasons).doesNotContainKey("NONE").containsKeys("NO_FOLLOW_UP", "SCALED_DOWN", "SCALED_UP");
        assertThat(reasons.get("NO_FOLLOW_UP")).isGreaterThan(reasons.get("SCALED_DOWN"));
        assertThat(reasons.get("SCALED_DOWN")).isGreaterThan(reasons.get("SCALED_UP"));
        assertThat(count("select count(*) from provision where status <> 'ENDED' and outflow_reason is not null"
                + " and family_id <= " + DEMO_FAMILIES)).isZero();
    }

    @Test
    void someCareIsAPersonalBudgetAndSomeComesFromAProviderWithoutAContractWithTheReason() {
        String demo = " from provision p join product d on d.id = p.product_id where p.family_id <= " + DEMO_FAMILIES;
        assertThat(count("select count(*)" + demo + " and d.financing = 'PERSONAL_BUDGET' and d.law = 'JEUGDWET'"))
                .isPositive();
        assertThat(count("select count(*)" + demo + " and d.financing = 'PERSONAL_BUDGET' and d.law = 'WMO'"))
                .isPositive();
        long offContract = count("select count(*)" + demo + " and not p.contracted and d.financing = 'IN_KIND'");
        assertThat(offContract).isPositive();
        assertThat(count("select count(*)" + demo + " and not p.contracted and d.financing = 'IN_KIND'"
                + " and p.off_contract_reason is not null")).isEqualTo(offContract);
        assertThat(count("select count(*)" + demo + " and (p.contracted or d.financing = 'PERSONAL_BUDGET')"
                + " and p.off_contract_reason is not null")).isZero();
        // contracted as the application records it: exactly when the provider offers the product
        assertThat(count("select count(*)" + demo + " and p.contracted <> exists (select 1 from provider_product o"
                + " where o.product_id = p.product_id and o.provider_id = p.provider_id)")).isZero();
    }

    @Test
    void theDemoConsultantsHaveCaseloads() {
        for (String consultant : List.of("anna", "bram", "carla", "daan")) {
            assertThat(jdbc.sql("select count(*) from contact_person where username = :me and ended_at is null")
                    .param("me", consultant).query(Long.class).single()).as(consultant).isPositive();
        }
        assertThat(count("select count(*) from contact_person where ended_at is not null")).isPositive();
    }

    @Test
    void everyFamilyHasPlanVersion1WithGoals() {
        assertThat(count("select count(*) from family f where f.id <= " + DEMO_FAMILIES + " and not exists ("
                + " select 1 from plan_version v join plan_goal g on g.plan_version = v.id"
                + " where v.family_id = f.id and v.number = 1)")).isZero();
        assertThat(count("select count(*) from plan_version where number = 2")).isPositive();
    }

    @Test
    void familyTeamsAreTheTeamsOfOpenProvisions() {
        String openTeams = """
                select distinct p.family_id, case pr.law when 'JEUGDWET' then 'jeugd' when 'WMO' then 'wmo'
                                                         else 'participatie' end
                from provision p join product pr on pr.id = p.product_id
                where p.status in ('PROPOSED', 'GRANTED') and (p.allocation_end is null or p.allocation_end >= :today)
                  and p.family_id <= :demoFamilies""";
        String teams = "select family_id, team_code from family_team where family_id <= :demoFamilies";
        LocalDate today = LocalDate.now(clock);
        assertThat(jdbc.sql("select count(*) from ((" + teams + ") except (" + openTeams + ")) missing")
                .param("today", today).param("demoFamilies", DEMO_FAMILIES).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from ((" + openTeams + ") except (" + teams + ")) extra")
                .param("today", today).param("demoFamilies", DEMO_FAMILIES).query(Long.class).single()).isZero();
        assertThat(count("select count(*) from family_team")).isPositive();
    }

    @Test
    void loadingAgainAddsNothing() {
        List<Long> before = counts();
        assertThat(demoData.loadIfEmpty()).isFalse();
        assertThat(counts()).isEqualTo(before);
    }

    private List<Long> counts() {
        return List.of("family", "person", "contact_person", "family_team", "provision", "plan_version", "plan_goal",
                "plan_agreement", "plan_involved").stream().map(table -> count("select count(*) from " + table)).toList();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
