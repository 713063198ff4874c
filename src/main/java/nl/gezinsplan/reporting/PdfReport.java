package nl.gezinsplan.reporting;

import java.awt.Color;
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
 * A report on A4 pages, written from the top down: headings, lines, tables (their header repeated on each new page)
 * and charts drawn as vectors from a {@link ChartLayout}, as on the screen. A traffic light is a coloured disc
 * with its word beside it, so it reads in black and white too.
 */
final class PdfReport implements Closeable {

    /** PDFBox's own Liberation Sans, embedded: it prints every provider's name, which the standard fonts cannot. */
    private static final String UNICODE_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 48;
    private static final float WIDTH = A4.getWidth() - 2 * MARGIN;
    private static final float TEXT_SIZE = 10;
    private static final float TABLE_SIZE = 8;
    private static final float HEADING_SIZE = 13;
    private static final float TITLE_SIZE = 18;
    private static final float CELL_PADDING = 4;
    /** Room for a traffic light's disc before its word. */
    private static final float LIGHT_WIDTH = 10;
    /** Narrower than this, a wrapped text column would be a column of single words. */
    private static final float MIN_TEXT_WIDTH = 90;
    /** A chart is laid out on this box and scaled to the page's width: text of 11 units prints at about 8 points. */
    private static final double CHART_WIDTH = 640;
    private static final double CHART_HEIGHT = 340;
    private static final Color GRID = new Color(0xd0, 0xd4, 0xd9);
    private static final Color TEXT = new Color(0x1f, 0x29, 0x33);

    private final PDDocument document = new PDDocument();
    private final MonitorTexts texts;
    private final PDFont regular;
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream page;
    private float y;

    PdfReport(String title, String author, MonitorTexts texts) throws IOException {
        this.texts = texts;
        try (InputStream font = PDDocument.class.getResourceAsStream(UNICODE_FONT)) {
            regular = PDType0Font.load(document,
                    Objects.requireNonNull(font, () -> "PDFBox no longer ships " + UNICODE_FONT));
        }
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setAuthor(author);
        document.getDocumentCatalog().setLanguage(texts.locale().toLanguageTag());
        newPage();
    }

    void title(String text) throws IOException {
        write(bold, TITLE_SIZE, text);
    }

    /** A heading, on the next page when little would follow it on this one. */
    void heading(String text) throws IOException {
        y -= TEXT_SIZE;
        makeRoom(leading(HEADING_SIZE) + 4 * leading(TABLE_SIZE));
        write(bold, HEADING_SIZE, text);
    }

    /** A heading with a chart under it, both on the next page when the chart would not fit on this one. */
    void chartHeading(String text) throws IOException {
        y -= TEXT_SIZE;
        makeRoom(leading(HEADING_SIZE) + chartHeight());
        write(bold, HEADING_SIZE, text);
    }

    void line(String text) throws IOException {
        write(regular, TEXT_SIZE, text);
    }

    /** A table; text too long for its column wraps onto more lines, and the header repeats on each new page. */
    void table(ReportTable table) throws IOException {
        float[] widths = columnWidths(table);
        List<Cell> header = table.headers().stream().map(Cell::text).toList();
        makeRoom(rowHeight(header, widths, bold) + 2 * rowHeight(List.of(), widths, regular));
        row(header, widths, bold);
        for (List<Cell> row : table.rows()) {
            if (y - rowHeight(row, widths, regular) < MARGIN) {
                page.close();
                newPage();
                row(header, widths, bold);
            }
            row(row, widths, regular);
        }
        y -= TEXT_SIZE * 0.5f;
    }

    /** The chart laid out as on the screen, on a wider box, scaled to the page's width. */
    void chart(Chart chart) throws IOException {
        ChartLayout layout = new ChartLayout(chart, CHART_WIDTH, CHART_HEIGHT, texts.locale());
        float scale = (float) (WIDTH / layout.width());
        float height = chartHeight();
        makeRoom(height + leading(TEXT_SIZE));
        float top = y;
        float size = (float) ChartLayout.FONT_SIZE * scale;
        page.setLineWidth(0.5f);
        for (ChartLayout.Tick tick : layout.ticks()) {
            stroke(GRID, new float[0], MARGIN + (float) layout.plotLeft() * scale, top - (float) tick.y() * scale,
                    MARGIN + (float) layout.plotRight() * scale, top - (float) tick.y() * scale);
            text(regular, size, tick.label(), MARGIN + (float) (layout.plotLeft() - 6) * scale
                    - width(regular, size, tick.label()), top - (float) (tick.y() + 4) * scale);
        }
        stroke(TEXT, new float[0], MARGIN + (float) layout.plotLeft() * scale, top - (float) layout.plotBottom() * scale,
                MARGIN + (float) layout.plotRight() * scale, top - (float) layout.plotBottom() * scale);
        for (ChartLayout.AxisLabel label : layout.axisLabels()) {
            text(regular, size, label.text(), MARGIN + (float) label.x() * scale - width(regular, size, label.text()) / 2,
                    top - (float) layout.axisLabelY() * scale);
        }
        for (int s = 0; s < chart.series().size(); s++) {
            Color colour = Color.decode(ChartLayout.colour(s));
            List<ChartLayout.Mark> marks = layout.marksOf(s);
            if (chart.kind() == Chart.Kind.BAR) {
                page.setNonStrokingColor(colour);
                for (ChartLayout.Mark mark : marks) {
                    page.addRect(MARGIN + (float) mark.x() * scale, top - (float) (mark.y() + mark.height()) * scale,
                            (float) mark.width() * scale, (float) mark.height() * scale);
                }
                page.fill();
            } else {
                page.setStrokingColor(colour);
                page.setLineWidth(1.5f);
                page.setLineDashPattern(ChartLayout.dashes(s), 0);
                for (int i = 0; i < marks.size(); i++) {
                    float x = MARGIN + (float) marks.get(i).x() * scale;
                    float markY = top - (float) marks.get(i).y() * scale;
                    if (i == 0) {
                        page.moveTo(x, markY);
                    } else {
                        page.lineTo(x, markY);
                    }
                }
                page.stroke();
                page.setLineDashPattern(new float[0], 0);
                for (ChartLayout.Mark mark : marks) {
                    disc(colour, MARGIN + (float) mark.x() * scale, top - (float) mark.y() * scale, 2 * scale);
                }
            }
        }
        if (layout.limitY() != null) {
            page.setLineWidth(1.5f);
            float limitY = top - layout.limitY().floatValue() * scale;
            stroke(Color.decode(ChartLayout.LIMIT_COLOUR), ChartLayout.LIMIT_DASHES,
                    MARGIN + (float) layout.plotLeft() * scale, limitY, MARGIN + (float) layout.plotRight() * scale,
                    limitY);
        }
        for (ChartLayout.LegendEntry entry : layout.legend()) {
            Color colour = Color.decode(ChartLayout.colour(entry.series()));
            float x = MARGIN + (float) entry.x() * scale;
            float middle = top - (float) (entry.y() - 4) * scale;
            if (chart.kind() == Chart.Kind.BAR) {
                page.setNonStrokingColor(colour);
                page.addRect(x, middle - 5 * scale, 10 * scale, 10 * scale);
                page.fill();
            } else {
                page.setLineWidth(1.5f);
                stroke(colour, ChartLayout.dashes(entry.series()), x, middle, x + 16 * scale, middle);
            }
            text(regular, size, entry.name(), x + 20 * scale, top - (float) entry.y() * scale);
        }
        page.setLineWidth(1);
        y = top - height - TEXT_SIZE * 0.5f;
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

    private static float chartHeight() {
        return (float) (CHART_HEIGHT * WIDTH / CHART_WIDTH);
    }

    static Color colour(TrafficLight light) {
        return switch (light) {
            case GREEN -> new Color(0x2e, 0x7d, 0x32);
            case ORANGE -> new Color(0xc6, 0x69, 0x00);
            case RED -> new Color(0xc6, 0x28, 0x28);
            case NONE -> GRID;
        };
    }

    private void row(List<Cell> cells, float[] widths, PDFont font) throws IOException {
        float height = rowHeight(cells, widths, font);
        float x = MARGIN;
        float firstBaseline = y - CELL_PADDING - TABLE_SIZE;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            float textX = x + CELL_PADDING;
            if (cell.light() != null && cell.light() != TrafficLight.NONE) {
                disc(colour(cell.light()), textX + 3, firstBaseline + TABLE_SIZE * 0.35f, 3.5f);
            }
            if (cell.light() != null) {
                textX += LIGHT_WIDTH;
            }
            List<String> lines = lines(cell, font, widths[i]);
            for (int line = 0; line < lines.size(); line++) {
                String shown = lines.get(line);
                float lineX = cell.isNumeric() ? x + widths[i] - CELL_PADDING - width(font, TABLE_SIZE, shown) : textX;
                text(font, TABLE_SIZE, shown, lineX, firstBaseline - line * leading(TABLE_SIZE));
            }
            x += widths[i];
        }
        y -= height;
        page.setLineWidth(0.5f);
        stroke(GRID, new float[0], MARGIN, y, x, y);
    }

    private float rowHeight(List<Cell> cells, float[] widths, PDFont font) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, lines(cells.get(i), font, widths[i]).size());
        }
        return (lines - 1) * leading(TABLE_SIZE) + TABLE_SIZE + 2 * CELL_PADDING;
    }

    private List<String> lines(Cell cell, PDFont font, float columnWidth) throws IOException {
        float available = columnWidth - 2 * CELL_PADDING - (cell.light() == null ? 0 : LIGHT_WIDTH);
        return wrap(font, TABLE_SIZE, available, printable(font, texts.format(cell)));
    }

    /**
     * Each column as wide as its widest text. When the table is wider than the page, the widest text column gives up
     * what is needed and wraps; only when that is not enough do all columns shrink in proportion.
     */
    private float[] columnWidths(ReportTable table) throws IOException {
        int columns = table.headers().size();
        float[] widths = new float[columns];
        boolean[] text = new boolean[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = width(bold, TABLE_SIZE, table.headers().get(i)) + 2 * CELL_PADDING + 1;
            int column = i;
            text[i] = table.rows().stream()
                    .allMatch(row -> !row.get(column).isNumeric() && row.get(column).light() == null);
        }
        for (List<Cell> row : table.rows()) {
            for (int i = 0; i < columns; i++) {
                float extra = row.get(i).light() == null ? 0 : LIGHT_WIDTH;
                widths[i] = Math.max(widths[i], width(regular, TABLE_SIZE, texts.format(row.get(i))) + extra
                        + 2 * CELL_PADDING + 1);
            }
        }
        float total = 0;
        int widestText = -1;
        for (int i = 0; i < columns; i++) {
            total += widths[i];
            if (text[i] && (widestText < 0 || widths[i] > widths[widestText])) {
                widestText = i;
            }
        }
        if (total <= WIDTH) {
            return widths;
        }
        if (widestText >= 0 && widths[widestText] - (total - WIDTH) >= MIN_TEXT_WIDTH) {
            widths[widestText] -= total - WIDTH;
            return widths;
        }
        for (int i = 0; i < columns; i++) {
            widths[i] = widths[i] * WIDTH / total;
        }
        return widths;
    }

    private void write(PDFont font, float size, String text) throws IOException {
        for (String line : wrap(font, size, WIDTH, printable(font, text.strip().replaceAll("\\s+", " ")))) {
            makeRoom(leading(size));
            y -= leading(size);
            text(font, size, line, MARGIN, y);
        }
    }

    private void text(PDFont font, float size, String text, float x, float baseline) throws IOException {
        page.setNonStrokingColor(TEXT);
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, baseline);
        page.showText(printable(font, text));
        page.endText();
    }

    private void stroke(Color colour, float[] dashes, float x1, float y1, float x2, float y2) throws IOException {
        page.setStrokingColor(colour);
        page.setLineDashPattern(dashes, 0);
        page.moveTo(x1, y1);
        page.lineTo(x2, y2);
        page.stroke();
        page.setLineDashPattern(new float[0], 0);
    }

    /** A filled circle from four Bézier curves, as PDF has no circle of its own. */
    private void disc(Color colour, float x, float centreY, float radius) throws IOException {
        float k = 0.5523f * radius;
        page.setNonStrokingColor(colour);
        page.moveTo(x + radius, centreY);
        page.curveTo(x + radius, centreY + k, x + k, centreY + radius, x, centreY + radius);
        page.curveTo(x - k, centreY + radius, x - radius, centreY + k, x - radius, centreY);
        page.curveTo(x - radius, centreY - k, x - k, centreY - radius, x, centreY - radius);
        page.curveTo(x + k, centreY - radius, x + radius, centreY - k, x + radius, centreY);
        page.fill();
    }

    /** The text in lines no wider than {@code width}; a single word wider than that gets a line of its own. */
    private static List<String> wrap(PDFont font, float size, float width, String text) throws IOException {
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

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(printable(font, text)) / 1000 * size;
    }

    /** What the font cannot show becomes "?" rather than failing the report. */
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
