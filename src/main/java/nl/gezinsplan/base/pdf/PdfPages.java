package nl.gezinsplan.base.pdf;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A PDF document on A4 pages, written from the top down within a margin: it knows where the next line goes
 * ({@link #y()}) and starts a new page when what comes next does not fit. What is drawn, and how, is up to the
 * document that uses it (a decision letter, the council report, the family plan). Every document is made as PDF/A-2b,
 * fit for the archive: its fonts embedded, its title, author and conformance in XMP metadata, its colours in sRGB
 * ({@link PdfArchive}).
 */
public final class PdfPages implements Closeable {

    /**
     * Liberation Sans (SIL Open Font License, beside the files): embedded, it prints every name a family or provider
     * may have (Şahin, Łukasz), and PDF/A allows no font that is not embedded.
     */
    private static final String REGULAR_FONT = "/fonts/LiberationSans-Regular.ttf";
    private static final String BOLD_FONT = "/fonts/LiberationSans-Bold.ttf";
    private static final PDRectangle A4 = PDRectangle.A4;

    private final PDDocument document = new PDDocument();
    /** The parsed font files, open until the document is saved (the fonts are subset then). */
    private final List<TrueTypeFont> fontFiles = new ArrayList<>();
    private final float margin;
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream page;
    private float y;

    /** A document with its first page started; {@code language} is a tag such as "nl-NL". */
    public PdfPages(String title, String author, String language, float margin) throws IOException {
        this.margin = margin;
        regular = font(REGULAR_FONT);
        bold = font(BOLD_FONT);
        PdfArchive.describe(document, title, author, language);
        newPage();
    }

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    /** The page being written; a different one after {@link #makeRoom} started a new page. */
    public PDPageContentStream page() {
        return page;
    }

    public float margin() {
        return margin;
    }

    /** The width between the margins. */
    public float width() {
        return A4.getWidth() - 2 * margin;
    }

    /** Where the next thing goes: the top of the room that is left on this page. */
    public float y() {
        return y;
    }

    public void moveTo(float y) {
        this.y = y;
    }

    public void down(float distance) {
        y -= distance;
    }

    /** Starts a new page unless {@code height} fits above the bottom margin; says whether it did. */
    public boolean makeRoom(float height) throws IOException {
        if (y - height >= margin) {
            return false;
        }
        page.close();
        newPage();
        return true;
    }

    public byte[] toPdf() throws IOException {
        page.close();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        document.save(pdf);
        return pdf.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
        for (TrueTypeFont file : fontFiles) {
            file.close();
        }
    }

    /** The distance from one line's baseline to the next. */
    public static float leading(float size) {
        return size * 1.4f;
    }

    /** The text in lines no wider than {@code width}; a single word wider than that gets a line of its own. */
    public static List<String> wrap(PDFont font, float size, float width, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, size, longer) > width) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return lines;
    }

    public static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(printable(font, text)) / 1000 * size;
    }

    /**
     * What the font cannot show (an emoji typed into a text) becomes "?" rather than failing the whole document.
     */
    public static String printable(PDFont font, String text) {
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

    /**
     * Without the font's glyph substitutions (GSUB): PDFBox would rewrite every word through the ligature table,
     * compiling regular expressions per word (most of the time a decision letter took), and a ligature drawn that
     * way has no letters in the text layer that screen readers and search read.
     */
    private PDFont font(String name) throws IOException {
        try (InputStream font = PdfPages.class.getResourceAsStream(name)) {
            TrueTypeFont file = new TTFParser().parse(new RandomAccessReadBuffer(
                    Objects.requireNonNull(font, () -> "Missing font " + name)));
            fontFiles.add(file);
            file.setEnableGsub(false);
            return PDType0Font.load(document, file, true);
        }
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = A4.getHeight() - margin;
    }
}
