package nl.gezinsplan.benchmark;

import java.util.List;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.FamilySummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * How fast the family screens' queries are at city scale (6,000 families, 15,000 persons, 10,000 provisions), on a
 * fresh embedded database. Run it with
 * {@code mvn test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.gezinsplan.benchmark.FamilySearchBenchmark};
 * it prints the median, 95th percentile and slowest of 50 runs of each query, in milliseconds.
 */
public final class FamilySearchBenchmark {

    private FamilySearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Benchmarks.onFreshDatabase(List.of("--gezinsplan.demo.scale=city"), context -> {
            Families families = context.getBean(Families.class);
            UserDetailsService users = context.getBean(UserDetailsService.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long familyCount = jdbc.sql("select count(*) from family").query(Long.class).single();
            long personCount = jdbc.sql("select count(*) from person").query(Long.class).single();
            long provisionCount = jdbc.sql("select count(*) from provision").query(Long.class).single();
            System.out.printf("%nCity-scale data: %,d families, %,d persons, %,d provisions%n%n",
                    familyCount, personCount, provisionCount);
            Benchmarks.header("query (consultant anna unless said)");

            SignIn.as(users, "anna");
            FamilySummary first = families.search("", 0, 1).get(0);
            String bsn = jdbc.sql("select bsn from person where family_id = :id and bsn is not null limit 1")
                    .param("id", first.id()).query(String.class).single();
            Benchmarks.measure("search, first page of 50, no text", () -> families.search("", 0, 50));
            Benchmarks.measure("search by name prefix 'van'", () -> families.search("van", 0, 50));
            Benchmarks.measure("search by BSN", () -> families.search(bsn, 0, 50));
            Benchmarks.measure("search by birth date 1-1-2012", () -> families.search("1-1-2012", 0, 50));
            Benchmarks.measure("page 10 of the search (offset 450)", () -> families.search("", 450, 50));
            Benchmarks.measure("caseload, first page, and its size",
                    () -> families.myCaseload(0, 50).size() + families.myCaseloadSize());
            Benchmarks.measure("open a family file (audited read)", () -> families.open(first.id()));

            SignIn.as(users, "marieke");
            Benchmarks.measure("manager marieke: search by name prefix 'de'", () -> families.search("de", 0, 50));
        });
    }
}
