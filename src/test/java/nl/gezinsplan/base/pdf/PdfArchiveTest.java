package nl.gezinsplan.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Every PDF of the page flow is a PDF/A-2b read back as such: conformance in XMP, sRGB output intent, fonts embedded. */
class PdfArchiveTest {

    @Test
    void namesItsConformanceAndTitleInXmpMetadata() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(twoPages("Beschikking 12 & 13"))) {
            Document xmp = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(pdf.getDocumentCatalog().getMetadata().toByteArray()));
            assertThat(text(xmp, "http://www.aiim.org/pdfa/ns/id/", "part")).isEqualTo("2");
            assertThat(text(xmp, "http://www.aiim.org/pdfa/ns/id/", "conformance")).isEqualTo("B");
            assertThat(text(xmp, "http://purl.org/dc/elements/1.1/", "title")).isEqualTo("Beschikking 12 & 13");
            assertThat(text(xmp, "http://purl.org/dc/elements/1.1/", "creator")).isEqualTo("Gemeente Şahinköy");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Beschikking 12 & 13");
            assertThat(pdf.getDocumentInformation().getProducer())
                    .isEqualTo(text(xmp, "http://ns.adobe.com/pdf/1.3/", "Producer"));
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            assertThat(pdf.getDocument().getTrailer().getCOSArray(COSName.ID)).as("file identifier").isNotNull();
        }
    }

    @Test
    void declaresItsColoursSrgb() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(twoPages("Plan"))) {
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).singleElement().satisfies(intent -> {
                assertThat(intent.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
                assertThat(intent.getDestOutputIntent().getLength()).isPositive();
            });
        }
    }

    @Test
    void embedsEveryFontItUses() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(twoPages("Plan"))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).hasSize(4).allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            });
            assertThat(new PDFTextStripper().getText(pdf)).contains("Łukasz Şahin", "Doel");
        }
    }

    /** A heading in bold and a name in the regular font, on each of two pages. */
    private static byte[] twoPages(String title) throws IOException {
        try (PdfPages pages = new PdfPages(title, "Gemeente Şahinköy", "nl-NL", 64)) {
            write(pages);
            pages.makeRoom(10_000);
            write(pages);
            return pages.toPdf();
        }
    }

    private static void write(PdfPages pages) throws IOException {
        PDPageContentStream page = pages.page();
        page.beginText();
        page.setFont(pages.bold(), 12);
        page.newLineAtOffset(pages.margin(), pages.y());
        page.showText("Doel");
        page.setFont(pages.regular(), 10);
        page.newLineAtOffset(0, -20);
        page.showText("Łukasz Şahin");
        page.endText();
    }

    private static String text(Document xmp, String namespace, String name) {
        return xmp.getElementsByTagNameNS(namespace, name).item(0).getTextContent().strip();
    }
}
