package nl.gezinsplan.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.gezinsplan.Downloads;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.reporting.ProvisionImport;
import nl.gezinsplan.reporting.ImportMode;
import org.junit.jupiter.api.Test;

/**
 * The administrator imports allocation history on the import screen: bad lines reported with their number and
 * reason in either mode, nothing loaded when all or nothing is asked for, and the same file twice doubling nothing.
 */
class ProvisionImportViewTest extends ViewTest {

    private static final AtomicLong CLIENTS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Test
    void loadsTheGoodLinesReportsTheBadOneAndImportingAgainDoublesNothing() {
        loginAs("beheer");
        navigate("monitor/importeren");
        byte[] file = file(true);

        upload(ImportMode.GOOD_LINES, file);

        assertThat(text("import-summary")).isEqualTo("3 regels gelezen: 2 geladen, 0 al eerder geladen, 1 fout.");
        assertThat(text("import-outcome")).isEqualTo("De geladen regels zijn opgeslagen.");
        assertThat(problems()).containsExactly(List.of("3", "Kolom allocation_start: 2019-13-45 is geen datum "
                + "(jjjj-mm-dd of dd-mm-jjjj)"));

        upload(ImportMode.GOOD_LINES, file);

        assertThat(text("import-summary")).isEqualTo("3 regels gelezen: 0 geladen, 2 al eerder geladen, 1 fout.");
        assertThat(problems()).extracting(row -> row.get(0)).containsExactly("3");
    }

    @Test
    void allOrNothingLoadsNothingWhenALineIsBad() {
        loginAs("beheer");
        navigate("monitor/importeren");

        upload(ImportMode.ALL_OR_NOTHING, file(true));

        assertThat(text("import-summary")).isEqualTo("3 regels gelezen: 0 geladen, 0 al eerder geladen, 1 fout.");
        assertThat(text("import-outcome")).isEqualTo("Er is niets geladen, omdat niet alle regels goed zijn.");
        assertThat(problems()).extracting(row -> row.get(0)).containsExactly("3");
    }

    @Test
    void allOrNothingLoadsAFileWithoutBadLines() {
        loginAs("marieke");
        navigate("monitor/importeren");

        upload(ImportMode.ALL_OR_NOTHING, file(false));

        assertThat(text("import-summary")).isEqualTo("2 regels gelezen: 2 geladen, 0 al eerder geladen, 0 fout.");
        assertThat(text("import-outcome")).isEqualTo("De geladen regels zijn opgeslagen.");
    }

    @Test
    void offersTheTemplateToFillIn() {
        loginAs("beheer");
        navigate("monitor/importeren");

        var response = Downloads.fetch(_get(Anchor.class, spec -> spec.withId("import-template")));

        assertThat(response.getHeader("Content-Disposition")).contains("toewijzingen-sjabloon.csv");
        assertThat(new String(response.getBuffer().toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo(ProvisionImport.template());
    }

    @Test
    void speaksEnglishToo() {
        loginAs("beheer");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate("monitor/importeren");

        upload(ImportMode.GOOD_LINES, file(true));

        assertThat(text("import-summary")).isEqualTo("3 lines read: 2 loaded, 0 loaded before, 1 bad.");
        assertThat(problems().get(0).get(1)).doesNotContain("Kolom");
    }

    @Test
    void pagesLazilyThroughTenThousandBadLines() {
        loginAs("beheer");
        navigate("monitor/importeren");
        StringBuilder file = new StringBuilder(String.join(";", ProvisionImport.COLUMNS)).append('\n');
        for (int line = 0; line < 10_000; line++) {
            file.append(line("2019-02-30", "2019-06-30")).append('\n');
        }

        upload(ImportMode.ALL_OR_NOTHING, file.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(text("import-summary")).isEqualTo("10.000 regels gelezen: 0 geladen, 0 al eerder geladen, 10.000 fout.");
        Grid<Object> grid = problemsGrid();
        assertThat(grid.getDataProvider().isInMemory()).isFalse();
        assertThat(GridKt._size(grid)).isEqualTo(10_000);
        assertThat(GridKt._getFormattedRow(grid, 9_999)).containsExactly("10001",
                "Kolom allocation_start: 2019-02-30 is geen datum (jjjj-mm-dd of dd-mm-jjjj)");
    }

    @Test
    void refusesAFileThatIsNotTextWithOneMessageAndKeepsTheChosenMode() {
        loginAs("beheer");
        navigate("monitor/importeren");
        byte[] binary = new byte[100_000];
        new java.util.Random(3).nextBytes(binary);

        upload(ImportMode.ALL_OR_NOTHING, binary);

        assertThat(text("import-error")).isEqualTo("Bestand toewijzingen.csv is niet geladen. Het is geen UTF-8-tekst"
                + " (bijvoorbeeld een binair bestand of een andere tekenset). Sla het op als \"CSV UTF-8\" en probeer"
                + " het opnieuw.");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Grid.class)).isEmpty();
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("import-mode")).getValue())
                .isEqualTo(ImportMode.ALL_OR_NOTHING);
    }

    @Test
    void saysWhyTheUploadRefusedOrLostAFile() {
        loginAs("beheer");
        navigate("monitor/importeren");
        Upload upload = _get(Upload.class, spec -> spec.withId("import-upload"));

        // what the browser reports when it refuses a file over the limit or of another type before sending it
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "Het bestand is groter dan 50 MB.",
                "groot.csv"));
        assertThat(text("import-error")).isEqualTo("Bestand groot.csv is niet geladen. Het bestand is groter dan 50 MB.");

        // what the browser reports when the server refuses the upload or the transfer breaks off
        JsonObject failure = Json.createObject();
        failure.put("event.detail.file.name", "half.csv");
        failure.put("element.files", Json.createArray());
        ElementUtilsKt._fireDomEvent(upload.getElement(), new DomEvent(upload.getElement(), "upload-error", failure));
        assertThat(text("import-error")).isEqualTo("Bestand half.csv is niet geladen. Het uploaden is mislukt of"
                + " afgebroken. Probeer het opnieuw; een bestand mag ten hoogste 50 MB zijn.");
    }

    @SuppressWarnings("unchecked")
    private static void upload(ImportMode mode, byte[] file) {
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("import-mode")), mode);
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "toewijzingen.csv", "text/csv",
                file);
    }

    /** Two youths with home help, and when asked a third line (line 3 of the file) with an impossible start date. */
    private static byte[] file(boolean withBadLine) {
        StringBuilder file = new StringBuilder(String.join(";", ProvisionImport.COLUMNS)).append('\n');
        file.append(line("2019-02-01", "2019-06-30")).append('\n');
        if (withBadLine) {
            file.append(line("2019-13-45", "2019-06-30")).append('\n');
        }
        file.append(line("2019-03-01", "2019-12-31")).append('\n');
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(String start, String end) {
        return String.join(";", "IV" + CLIENTS.incrementAndGet(), "2010-05-05", "JEUGDWET", "45", "45A48",
                "Import Jeugdhulp", "GP", "Centrum", start, end, "", "", "4", "HOUR", "PER_WEEK", "85.50", "");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> problemsGrid() {
        return _get(Grid.class, spec -> spec.withId("import-problems"));
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static List<List<String>> problems() {
        Grid<Object> grid = problemsGrid();
        return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormattedRow(grid, row))
                .toList();
    }
}
