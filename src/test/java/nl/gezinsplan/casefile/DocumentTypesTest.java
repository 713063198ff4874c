package nl.gezinsplan.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A document's type comes from its content; the name only says which kind of a container the content shows. */
class DocumentTypesTest {

    @Test
    void takesPdfImagesOfficeFilesAndEmailByTheirContent() {
        assertThat(DocumentTypes.detect(TestDocuments.pdf("Verwijsbrief"), "verwijsbrief.pdf"))
                .contains("application/pdf");
        assertThat(DocumentTypes.detect(TestDocuments.pdf("Verwijsbrief"), "scan")).contains("application/pdf");
        assertThat(DocumentTypes.detect(TestDocuments.png(), "foto.png")).contains("image/png");
        assertThat(DocumentTypes.detect(TestDocuments.png(), "foto.pdf")).contains("image/png");
        assertThat(DocumentTypes.detect(TestDocuments.docx(), "rapport.docx"))
                .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(DocumentTypes.detect(TestDocuments.email(), "verwijzing.eml")).contains("message/rfc822");
    }

    @Test
    void refusesAProgramRenamedToPdfAndContentWithoutAType() {
        assertThat(DocumentTypes.detect(TestDocuments.executable(), "verwijsbrief.pdf")).isEmpty();
        assertThat(DocumentTypes.detect(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, "verwijsbrief.pdf")).isEmpty();
        assertThat(DocumentTypes.detect("gewoon tekst".getBytes(StandardCharsets.UTF_8), "brief.pdf")).isEmpty();
        assertThat(DocumentTypes.detect("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "foto.png"))
                .isEmpty();
    }

    @Test
    void previewsPdfsAndImagesOnly() {
        assertThat(DocumentTypes.previewable("application/pdf")).isTrue();
        assertThat(DocumentTypes.previewable("image/jpeg")).isTrue();
        assertThat(DocumentTypes.previewable("message/rfc822")).isFalse();
    }
}
