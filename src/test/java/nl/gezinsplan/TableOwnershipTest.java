package nl.gezinsplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.gezinsplan.base.OwnedTables;
import nl.gezinsplan.base.PublishedViews;
import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables (README, "Code layout"): it declares them with {@link OwnedTables} on its package-info,
 * and only its own SQL (under src/main/java) names them. Another module calls the owner's public query methods or
 * reads a view the owner publishes.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/nl/gezinsplan");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /**
     * The demo module writes the demo data straight into every owner's tables: thousands of families at city scale
     * in one batch per table, far too slow through the owners' services (README, "Demo logins").
     */
    private static final String BULK_LOADER = "demo";

    @Test
    void everyTableOfTheMigrationsHasExactlyOneOwner() {
        Map<String, String> owners = owners();
        Set<String> inMigrations = tablesOfTheMigrations();
        assertThat(new TreeSet<>(inMigrations)).as("tables and views owned by no module")
                .allSatisfy(table -> assertThat(owners).containsKey(table));
        assertThat(new TreeSet<>(owners.keySet())).as("declared tables the migrations do not create")
                .allSatisfy(table -> assertThat(inMigrations).contains(table));
    }

    @Test
    void noModulesSqlNamesAnotherModulesTable() {
        assertThat(new TreeSet<>(offences())).as("SQL naming another module's table (module Class: table, owner)")
                .isEmpty();
    }

    /** The scanner itself, so that a blind one cannot pass the test above. */
    @Test
    void findsTheTablesThatSqlNames() {
        String source = """
                @Table("plan_goal")
                class Example {
                    // select * from comment_table
                    static final String A = "select p.id from person p, family f where p.family_id = f.id";
                    static final String B = \"""
                            select 1 from request r
                            left join provision v on v.request_id = r.id
                            where exists (select 1 from meeting m where m.provision_id = v.id)\""";
                    static final String C = "insert into care_rating (id) values (1)";
                    static final String D = "update team set name = 'x'";
                    static final String E = "delete from audit_event where id = 1";
                    static final String F = "Gezin vraagt ondersteuning";
                    char quote = '"';
                }""";
        assertThat(tablesNamed(source)).containsExactlyInAnyOrder("plan_goal", "person", "family", "request",
                "provision", "meeting", "care_rating", "team", "audit_event");
    }

    /** Every SQL reference of a module to a table it does not own, as "module Class: table (owner)". */
    static Set<String> offences() {
        Map<String, String> owners = owners();
        Set<String> published = published();
        Set<String> offences = new TreeSet<>();
        for (Path file : javaFiles()) {
            String module = SOURCES.relativize(file).getName(0).toString();
            if (module.equals(BULK_LOADER)) {
                continue;
            }
            String source = read(file);
            for (String table : tablesNamed(source)) {
                String owner = owners.get(table);
                if (owner != null && !owner.equals(module) && !published.contains(table)) {
                    offences.add(module + " " + file.getFileName().toString().replace(".java", "") + ": " + table
                            + " (" + owner + ")");
                }
            }
        }
        return offences;
    }

    private static final Pattern DECLARATION = Pattern.compile("@(?:OwnedTables|PublishedViews)\\(\\{?([^)}]*)\\}?\\)");
    private static final Pattern PUBLISHED = Pattern.compile("@PublishedViews\\(\\{?([^)}]*)\\}?\\)");

    /**
     * Table to owning module, from the {@link OwnedTables} and {@link PublishedViews} on each module's package-info
     * (read from the source, as the annotations are kept in the sources only).
     */
    static Map<String, String> owners() {
        return declared(DECLARATION);
    }

    /** The read models the modules publish for others ({@link PublishedViews}). */
    static Set<String> published() {
        return declared(PUBLISHED).keySet();
    }

    private static Map<String, String> declared(Pattern declarations) {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> modules = Files.list(SOURCES)) {
            for (Path dir : modules.filter(Files::isDirectory).sorted().toList()) {
                String module = dir.getFileName().toString();
                Path packageInfo = dir.resolve("package-info.java");
                if (!Files.exists(packageInfo)) {
                    continue;
                }
                Matcher declaration = declarations.matcher(read(packageInfo));
                while (declaration.find()) {
                    for (String table : stringLiterals(declaration.group(1))) {
                        String earlier = owners.put(table, module);
                        assertThat(earlier).as("%s owned by both %s and %s", table, earlier, module).isNull();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return owners;
    }

    private static final Pattern CREATED = Pattern.compile("create\\s+(?:or\\s+replace\\s+)?(?:materialized\\s+)?"
            + "(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern DROPPED = Pattern.compile(
            "drop\\s+(?:materialized\\s+)?(?:table|view)\\s+(?:if\\s+exists\\s+)?(\\w+)");
    private static final Pattern RENAMED = Pattern.compile(
            "alter\\s+(?:table|view)\\s+(?:if\\s+exists\\s+)?(\\w+)\\s+rename\\s+to\\s+(\\w+)");

    /** The tables and views the migrations leave, in version order (creates, renames and drops). */
    static Set<String> tablesOfTheMigrations() {
        Set<String> tables = new LinkedHashSet<>();
        List<Path> files;
        try (Stream<Path> all = Files.list(MIGRATIONS)) {
            files = all.sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Pattern statement = Pattern.compile(CREATED.pattern() + "|" + DROPPED.pattern() + "|" + RENAMED.pattern());
        for (Path file : files) {
            Matcher m = statement.matcher(withoutSqlComments(read(file).toLowerCase()));
            while (m.find()) {
                if (m.group(1) != null) {
                    tables.add(m.group(1));
                } else if (m.group(2) != null) {
                    tables.remove(m.group(2));
                } else if (tables.remove(m.group(3))) {
                    tables.add(m.group(4));
                }
            }
        }
        return tables;
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static String withoutSqlComments(String sql) {
        return sql.replaceAll("--[^\\n]*", " ");
    }

    /** A table after from, join, into, update or in @Table, and the further tables of a from list ("from a x, b y"). */
    private static final String NO_ALIAS = "(?!where\\b|on\\b|join\\b|left\\b|inner\\b|group\\b|order\\b|set\\b"
            + "|limit\\b|offset\\b)";
    private static final Pattern REFERENCE = Pattern.compile("\\b(?:from|join|into|update)\\s+(\\w+)"
            + "((?:\\s+(?:as\\s+)?" + NO_ALIAS + "\\w+)?(?:\\s*,\\s*\\w+(?:\\s+(?:as\\s+)?" + NO_ALIAS + "\\w+)?)*)");
    private static final Pattern FURTHER = Pattern.compile(",\\s*(\\w+)");
    private static final Pattern TABLE_ANNOTATION = Pattern.compile("@Table\\(\\s*\"(\\w+)\"");

    /** The table names in the SQL of a Java source: in its string literals and text blocks, and @Table. */
    static Set<String> tablesNamed(String source) {
        Set<String> tables = new TreeSet<>();
        Matcher annotation = TABLE_ANNOTATION.matcher(source);
        while (annotation.find()) {
            tables.add(annotation.group(1));
        }
        for (String literal : stringLiterals(source)) {
            Matcher m = REFERENCE.matcher(literal.toLowerCase());
            while (m.find()) {
                tables.add(m.group(1));
                Matcher further = FURTHER.matcher(m.group(2));
                while (further.find()) {
                    tables.add(further.group(1));
                }
            }
        }
        return tables;
    }

    /** The string literals and text blocks of a Java source, comments and character literals skipped. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder literal = new StringBuilder();
                int j = i + 1;
                while (source.charAt(j) != c) {
                    if (source.charAt(j) == '\\') {
                        j++;
                    }
                    literal.append(source.charAt(j));
                    j++;
                }
                if (c == '"') {
                    literals.add(literal.toString());
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java") && SOURCES.relativize(f).getNameCount() > 1)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
