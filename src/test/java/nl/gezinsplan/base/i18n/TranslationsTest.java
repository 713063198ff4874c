package nl.gezinsplan.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.gezinsplan.security.Role;
import org.junit.jupiter.api.Test;

/**
 * Every module's texts exist in Dutch and in English, every bundle is configured, no key is defined twice, and
 * every key the code asks for exists.
 */
class TranslationsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern KEY_IN_CODE = Pattern.compile("(?:getTranslation\\(|title = )\"([a-z][\\w.-]*\\w)\"\\s*[,)]");

    @Test
    void everyBundleHasTheSameKeysInDutchAndEnglish() {
        for (String bundle : bundles()) {
            assertThat(keys(bundle + "_en")).as(bundle).isEqualTo(keys(bundle));
        }
    }

    @Test
    void everyBundleIsConfiguredAndNoKeyIsDefinedTwice() throws IOException {
        String configured = Files.readString(Path.of("src/main/resources/application.yml"));
        Set<String> seen = new HashSet<>();
        for (String bundle : bundles()) {
            assertThat(configured).contains("i18n/" + bundle);
            keys(bundle).forEach(key -> assertThat(seen.add(key)).as("%s is defined once", key).isTrue());
        }
    }

    /** Within one file the last definition silently wins, so a second one hides the first text. */
    @Test
    void noFileDefinesAKeyTwice() throws IOException {
        Pattern definition = Pattern.compile("^([^#!\\s][^=:\\s]*)\\s*[=:]");
        for (String bundle : bundles()) {
            for (String language : List.of(bundle, bundle + "_en")) {
                Set<String> defined = new HashSet<>();
                for (String line : Files.readAllLines(BUNDLES.resolve(language + ".properties"))) {
                    Matcher key = definition.matcher(line);
                    if (key.find()) {
                        assertThat(defined.add(key.group(1))).as("%s defines %s once", language, key.group(1)).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void everyLiteralKeyInTheCodeHasAText() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(path -> path.toString().endsWith(".java")).forEach(path -> {
                Matcher matcher = KEY_IN_CODE.matcher(read(path));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            });
        }
        Arrays.stream(Role.values()).forEach(role -> used.add("role." + role.name()));
        Set<String> defined = new HashSet<>();
        bundles().forEach(bundle -> defined.addAll(keys(bundle)));

        assertThat(used).hasSizeGreaterThan(Role.values().length);
        assertThat(defined).containsAll(used);
    }

    /** Texts with placeholders go through MessageFormat, where a single apostrophe quotes the rest of the text away. */
    @Test
    void textsFormattedWithArgumentsDoubleTheirApostrophes() {
        Pattern placeholder = Pattern.compile("\\{\\d");
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        for (String bundle : bundles()) {
            for (String language : List.of(bundle, bundle + "_en")) {
                Properties texts = load(language);
                texts.stringPropertyNames().stream()
                        // an audit subject is formatted with its detail as argument (timeline, access log)
                        .filter(key -> key.startsWith("audit.") || placeholder.matcher(texts.getProperty(key)).find())
                        .forEach(key -> assertThat(loneApostrophe.matcher(texts.getProperty(key)).find())
                                .as("%s: %s", language, key).isFalse());
            }
        }
    }

    private static List<String> bundles() {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keys(String bundle) {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(String bundle) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve(bundle + ".properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
