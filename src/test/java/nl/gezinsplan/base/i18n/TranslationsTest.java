package nl.gezinsplan.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.gezinsplan.security.Role;
import org.junit.jupiter.api.Test;

/** Every text exists in Dutch and in English, and every key the code asks for exists. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("(?:getTranslation\\(|title = )\"([a-z][\\w.-]*\\w)\"\\s*[,)]");

    @Test
    void dutchAndEnglishHaveTheSameKeys() {
        assertThat(keys("i18n/messages_en.properties")).isEqualTo(keys("i18n/messages.properties"));
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
        assertThat(used).hasSizeGreaterThan(Role.values().length);
        assertThat(keys("i18n/messages.properties")).containsAll(used);
    }

    private static Set<String> keys(String resource) {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
