package nl.gezinsplan.base.pdf;

import static nl.gezinsplan.base.pdf.PdfPages.leading;
import static nl.gezinsplan.base.pdf.PdfPages.printable;
import static nl.gezinsplan.base.pdf.PdfPages.wrap;

import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A document of text on A4 pages (a decision letter, the family plan), written from the top down: lines, wrapped
 * paragraphs, labelled fields and bullets, and a new page when one is full; a heading never ends a page.
 */
public final class PdfText implements Closeable {

    private static final float MARGIN = 64;
    private static final float TEXT_SIZE = 10;
    private static final float HEADING_SIZE = 11;
    private static final float TITLE_SIZE = 18;
    private static final float LABEL_WIDTH = 110;
    private static final float BULLET_WIDTH = 14;

    private final PdfPages pages;

    /** {@code language} is a tag such as "nl-NL". */
    public PdfText(String title, String author, String language) throws IOException {
        pages = new PdfPages(title, author, language, MARGIN);
    }

    public void title(String text) throws IOException {
        write(pages.bold(), TITLE_SIZE, MARGIN, pages.width(), text);
    }

    /** A heading, on the next page when fewer than two lines would follow it on this one. */
    public void heading(String text) throws IOException {
        space();
        pages.makeRoom(leading(HEADING_SIZE) + 2 * leading(TEXT_SIZE));
        write(pages.bold(), HEADING_SIZE, MARGIN, pages.width(), text);
    }

    public void line(String text) throws IOException {
        write(pages.regular(), TEXT_SIZE, MARGIN, pages.width(), text);
    }

    public void paragraph(String text) throws IOException {
        line(text);
        space();
    }

    /** A short label with its value beside it, wrapped in a column of its own. */
    public void field(String label, String value) throws IOException {
        indented(pages.bold(), label, LABEL_WIDTH, value);
    }

    public void bullet(String text) throws IOException {
        indented(pages.regular(), "\u2022", BULLET_WIDTH, text);
    }

    /** Starts a new page unless the paragraph {@code text} and the {@code lines} lines after it fit on this one. */
    public void keepTogether(String text, int lines) throws IOException {
        int paragraph = wrap(pages.regular(), TEXT_SIZE, pages.width(), printable(pages.regular(), text)).size();
        pages.makeRoom((paragraph + lines) * leading(TEXT_SIZE));
    }

    public void space() {
        pages.down(TEXT_SIZE * 0.7f);
    }

    public byte[] toPdf() throws IOException {
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
