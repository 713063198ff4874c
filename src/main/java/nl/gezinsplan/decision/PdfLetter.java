package nl.gezinsplan.decision;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A letter on A4 pages, written from the top down: lines, wrapped paragraphs, labelled fields and bullets, and a new
 * page when one is full.
 */
final class PdfLetter implements Closeable {

    /**
     * PDFBox ships Liberation Sans for its own fallback. Embedded, it prints every name a family may have (Şahin,
     * Łukasz), which the standard PDF fonts cannot; the bold standard font is only for the letter's own texts.
     */
    private static final String UNICODE_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 64;
    private static final float WIDTH = A4.getWidth() - 2 * MARGIN;
    private static final float TEXT_SIZE = 10;
    private static final float HEADING_SIZE = 11;
    private static final float TITLE_SIZE = 18;
    private static final float LABEL_WIDTH = 110;
    private static final float BULLET_WIDTH = 14;

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream page;
    private float y;

    PdfLetter(String title, String author) throws IOException {
        try (InputStream font = PDDocument.class.getResourceAsStream(UNICODE_FONT)) {
            regular = PDType0Font.load(document,
                    Objects.requireNonNull(font, () -> "PDFBox no longer ships " + UNICODE_FONT));
        }
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setAuthor(author);
        document.getDocumentCatalog().setLanguage("nl-NL");
        newPage();
    }

    void title(String text) throws IOException {
        write(bold, TITLE_SIZE, MARGIN, WIDTH, text);
    }

    /** A heading, on the next page when fewer than two lines would follow it on this one. */
    void heading(String text) throws IOException {
        space();
        makeRoom(leading(HEADING_SIZE) + 2 * leading(TEXT_SIZE));
        write(bold, HEADING_SIZE, MARGIN, WIDTH, text);
    }

    void line(String text) throws IOException {
        write(regular, TEXT_SIZE, MARGIN, WIDTH, text);
    }

    void paragraph(String text) throws IOException {
        line(text);
        space();
    }

    /** A short label with its value beside it, wrapped in a column of its own. */
    void field(String label, String value) throws IOException {
        indented(bold, label, LABEL_WIDTH, value);
    }

    void bullet(String text) throws IOException {
        indented(regular, "\u2022", BULLET_WIDTH, text);
    }

    /** Starts a new page unless the next {@code lines} lines of text fit on this one. */
    void keepTogether(int lines) throws IOException {
        makeRoom(lines * leading(TEXT_SIZE));
    }

    void space() {
        y -= TEXT_SIZE * 0.7f;
    }

    byte[] toPdf() throws IOException {
        page.close();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        document.save(pdf);
        return pdf.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private void indented(PDFont font, String first, float indent, String rest) throws IOException {
        makeRoom(leading(TEXT_SIZE));
        float top = y;
        write(font, TEXT_SIZE, MARGIN, indent, first);
        y = top;
        write(regular, TEXT_SIZE, MARGIN + indent, WIDTH - indent, rest);
    }

    private void write(PDFont font, float size, float x, float width, String text) throws IOException {
        for (String paragraph : text.split("\\R")) {
            String words = printable(font, paragraph.strip().replaceAll("\\s+", " "));
            for (String line : wrap(font, size, width, words)) {
                makeRoom(leading(size));
                y -= leading(size);
                page.beginText();
                page.setFont(font, size);
                page.newLineAtOffset(x, y);
                page.showText(line);
                page.endText();
            }
        }
    }

    private static List<String> wrap(PDFont font, float size, float width, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(longer) / 1000 * size > width) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return lines;
    }

    /** What the font cannot show (an emoji typed into the alternatives) becomes "?" rather than failing the decision. */
    private static String printable(PDFont font, String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().mapToObj(Character::toString).forEach(character -> {
            try {
                font.encode(character);
                shown.append(character);
            } catch (IllegalArgumentException | IOException unknown) {
                shown.append('?');
            }
        });
        return shown.toString();
    }

    private void makeRoom(float height) throws IOException {
        if (y - height < MARGIN) {
            page.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = A4.getHeight() - MARGIN;
    }

    private static float leading(float size) {
        return size * 1.4f;
    }
}
