package nl.gezinsplan.reporting.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FileChooser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.reporting.ProvisionImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's 50 MB through the real HTTP upload in Chromium: the limit the screen states is the one the browser,
 * Spring's multipart parsing and Tomcat hold, and a file over it gets a message instead of silence.
 */
class ProvisionImportBrowserTest extends BrowserTest {

    private static final int LIMIT = ProvisionImportView.MAX_FILE_SIZE;

    @TempDir
    Path folder;

    @Test
    void loadsAFileJustUnder50MegabytesAndRefusesOneOverItWithAMessage() throws IOException {
        login("beheer");
        page.navigate(url("monitor/importeren"));
        String client = "IMP-BIG-" + System.nanoTime() % 1_000_000_000L;

        choose(file("bijna-vol.csv", LIMIT - 1_024, client));

        assertThat(page.locator("#import-summary"))
                .hasText("1 regels gelezen: 1 geladen, 0 al eerder geladen, 0 fout.", timeout(60_000));

        choose(file("te-groot.csv", LIMIT + 1, client));

        assertThat(page.locator("#import-error"))
                .hasText("Bestand te-groot.csv is niet geladen. Het bestand is groter dan 50 MB.");
        screenshot("import-too-large");
    }

    @Test
    void theServerRefusesARequestOverTheLimitThatABrowserSendsAnyway() {
        login("beheer");
        page.navigate(url("monitor/importeren"));
        assertThat(page.locator("#import-upload")).isVisible();

        // as the upload would send it, without the component's own check of the size
        Object status = page.evaluate("""
                async (size) => {
                    const target = document.querySelector('#import-upload').target;
                    const form = new FormData();
                    form.append('file', new Blob([new Uint8Array(size)], {type: 'text/csv'}), 'te-groot.csv');
                    return (await fetch(target, {method: 'POST', body: form})).status;
                }""", LIMIT + 2 * 1_024 * 1_024);

        assertThat(((Number) status).intValue()).isEqualTo(413);
    }

    private void choose(Path file) {
        FileChooser chooser = page.waitForFileChooser(() -> button("CSV-bestand kiezen").click());
        chooser.setFiles(file);
    }

    /** A header, one good line and then blank lines up to {@code size} bytes, which the import skips. */
    private Path file(String name, int size, String client) throws IOException {
        Path file = folder.resolve(name);
        byte[] start = (String.join(";", ProvisionImport.COLUMNS) + "\n" + client + ";2010-05-05;JEUGDWET;45;45A48;"
                + "Import Jeugdhulp;GP;Centrum;2019-02-01;2019-06-30;;;4;HOUR;PER_WEEK;85.50;\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] blank = (" ".repeat(1_023) + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(start);
            int written = start.length;
            while (written + blank.length <= size) {
                out.write(blank);
                written += blank.length;
            }
            out.write(" ".repeat(size - written).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(file)).isEqualTo(size);
        return file;
    }

    private static com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions timeout(double millis) {
        return new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(millis);
    }
}
