package nl.gezinsplan.decision;

import static nl.gezinsplan.base.pdf.PdfPages.leading;
import static nl.gezinsplan.base.pdf.PdfPages.printable;
import static nl.gezinsplan.base.pdf.PdfPages.wrap;

import java.io.Closeable;
import java.io.IOException;
import nl.gezinsplan.base.pdf.PdfPages;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A letter on A4 pages, written from the top down: lines, wrapped paragraphs, labelled fields and bullets, and a new
 * page when one is full.
 */
final class PdfLetter implements Closeable {

    private static final float MARGIN = 64;
    private static final float TEXT_SIZE = 10;
    private static final float HEADING_SIZE = 11;
    private static final float TITLE_SIZE = 18;
    private static final float LABEL_WIDTH = 110;
    private static final float BULLET_WIDTH = 14;

    private final PdfPages pages;

    PdfLetter(String title, String author) throws IOException {
        pages = new PdfPages(title, author, "nl-NL", MARGIN);
    }

    void title(String text) throws IOException {
        write(pages.bold(), TITLE_SIZE, MARGIN, pages.width(), text);
    }

    /** A heading, on the next page when fewer than two lines would follow it on this one. */
    void heading(String text) throws IOException {
        space();
        pages.makeRoom(leading(HEADING_SIZE) + 2 * leading(TEXT_SIZE));
        write(pages.bold(), HEADING_SIZE, MARGIN, pages.width(), text);
    }

    void line(String text) throws IOException {
        write(pages.regular(), TEXT_SIZE, MARGIN, pages.width(), text);
    }

    void paragraph(String text) throws IOException {
        line(text);
        space();
    }

    /** A short label with its value beside it, wrapped in a column of its own. */
    void field(String label, String value) throws IOException {
        indented(pages.bold(), label, LABEL_WIDTH, value);
    }

    void bullet(String text) throws IOException {
        indented(pages.regular(), "\u2022", BULLET_WIDTH, text);
    }

    /** Starts a new page unless the paragraph {@code text} and the {@code lines} lines after it fit on this one. */
    void keepTogether(String text, int lines) throws IOException {
        int paragraph = wrap(pages.regular(), TEXT_SIZE, pages.width(), printable(pages.regular(), text)).size();
        pages.makeRoom((paragraph + lines) * leading(TEXT_SIZE));
    }

    void space() {
        pages.down(TEXT_SIZE * 0.7f);
    }

    byte[] toPdf() throws IOException {
        return pages.toPdf();
    }

    @Override
    public void close() throws IOException {
        pages.close();
    }

    private void indented(PDFont font, String first, float indent, String rest) throws IOException {
        pages.makeRoom(leading(TEXT_SIZE));
        float top = pages.y();
        write(font, TEXT_SIZE, MARGIN, indent, first);
        pages.moveTo(top);
        write(pages.regular(), TEXT_SIZE, MARGIN + indent, pages.width() - indent, rest);
    }

    private void write(PDFont font, float size, float x, float width, String text) throws IOException {
        for (String paragraph : text.split("\\R")) {
            String words = printable(font, paragraph.strip().replaceAll("\\s+", " "));
            for (String line : wrap(font, size, width, words)) {
                pages.makeRoom(leading(size));
                pages.down(leading(size));
                PDPageContentStream page = pages.page();
                page.beginText();
                page.setFont(font, size);
                page.newLineAtOffset(x, pages.y());
                page.showText(line);
                page.endText();
            }
        }
    }
}
