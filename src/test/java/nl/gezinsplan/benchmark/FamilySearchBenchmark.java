package nl.gezinsplan.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import nl.gezinsplan.GezinsplanApplication;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.FamilySummary;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.FileSystemUtils;

/**
 * How fast the family screens' queries are at city scale (6,000 families, 15,000 persons, 10,000 provisions), on a
 * fresh embedded database. Run it with
 * {@code mvn test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.gezinsplan.benchmark.FamilySearchBenchmark};
 * it prints the median, 95th percentile and slowest of 50 runs of each query, in milliseconds.
 */
public final class FamilySearchBenchmark {

    private static final int WARM_UP = 10;
    private static final int RUNS = 50;

    private FamilySearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("gezinsplan-benchmark");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GezinsplanApplication.class)
                .run("--gezinsplan.database.data-dir=" + data, "--gezinsplan.demo.scale=city", "--server.port=0",
                        "--logging.level.root=warn", "--vaadin.devmode.devTools.enabled=false")) {
            Families families = context.getBean(Families.class);
            UserDetailsService users = context.getBean(UserDetailsService.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long familyCount = jdbc.sql("select count(*) from family").query(Long.class).single();
            long personCount = jdbc.sql("select count(*) from person").query(Long.class).single();
            long provisionCount = jdbc.sql("select count(*) from provision").query(Long.class).single();
            System.out.printf("%nCity-scale data: %,d families, %,d persons, %,d provisions%n%n",
                    familyCount, personCount, provisionCount);
            System.out.printf("%-58s %8s %8s %8s%n", "query (consultant anna unless said)", "median", "p95", "max");

            SignIn.as(users, "anna");
            FamilySummary first = families.search("", 0, 1).get(0);
            String bsn = jdbc.sql("select bsn from person where family_id = :id and bsn is not null limit 1")
                    .param("id", first.id()).query(String.class).single();
            measure("search, first page of 50, no text", () -> families.search("", 0, 50));
            measure("count, no text", () -> families.count(""));
            measure("search by name prefix 'van'", () -> families.search("van", 0, 50));
            measure("search by BSN", () -> families.search(bsn, 0, 50));
            measure("search by birth date 1-1-2012", () -> families.search("1-1-2012", 0, 50));
            measure("page 10 of the search (offset 450)", () -> families.search("", 450, 50));
            measure("caseload, first page, and its size", () -> families.myCaseload(0, 50).size() + families.myCaseloadSize());
            measure("open a family file (audited read)", () -> families.open(first.id()));

            SignIn.as(users, "marieke");
            measure("manager marieke: search by name prefix 'de'", () -> families.search("de", 0, 50));
            measure("manager marieke: count, no text", () -> families.count(""));
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
    }

    private static void measure(String what, Supplier<?> query) {
        for (int i = 0; i < WARM_UP; i++) {
            query.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        System.out.printf("%-58s %8.1f %8.1f %8.1f%n", what, millis[RUNS / 2], millis[(int) (RUNS * 0.95)],
                millis[RUNS - 1]);
    }
}
