package nl.gezinsplan.reporting;

import static nl.gezinsplan.base.pdf.PdfPages.leading;
import static nl.gezinsplan.base.pdf.PdfPages.printable;
import static nl.gezinsplan.base.pdf.PdfPages.width;
import static nl.gezinsplan.base.pdf.PdfPages.wrap;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import nl.gezinsplan.base.pdf.PdfPages;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A report on A4 pages, written from the top down: headings, lines, tables (their header repeated on each new page)
 * and charts drawn as vectors from a {@link ChartLayout}, as on the screen. A traffic light is a coloured disc
 * with its word beside it, so it reads in black and white too.
 */
final class PdfReport implements Closeable {

    private static final float MARGIN = 48;
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

    private final MonitorTexts texts;
    private final PdfPages pages;
    private final PDFont regular;
    private final PDFont bold;

    PdfReport(String title, String author, MonitorTexts texts) throws IOException {
        this.texts = texts;
        pages = new PdfPages(title, author, texts.locale().toLanguageTag(), MARGIN);
        regular = pages.regular();
        bold = pages.bold();
    }

    void title(String text) throws IOException {
        write(bold, TITLE_SIZE, text);
    }

    /** A heading, on the next page when little would follow it on this one. */
    void heading(String text) throws IOException {
        pages.down(TEXT_SIZE);
        pages.makeRoom(leading(HEADING_SIZE) + 4 * leading(TABLE_SIZE));
        write(bold, HEADING_SIZE, text);
    }

    /** A heading with a chart under it, both on the next page when the chart would not fit on this one. */
    void chartHeading(String text) throws IOException {
        pages.down(TEXT_SIZE);
        pages.makeRoom(leading(HEADING_SIZE) + chartHeight());
        write(bold, HEADING_SIZE, text);
    }

    void line(String text) throws IOException {
        write(regular, TEXT_SIZE, text);
    }

    /** A table; text too long for its column wraps onto more lines, and the header repeats on each new page. */
    void table(ReportTable table) throws IOException {
        float[] widths = columnWidths(table);
        List<Cell> header = table.headers().stream().map(Cell::text).toList();
        pages.makeRoom(rowHeight(header, widths, bold) + 2 * rowHeight(List.of(), widths, regular));
        row(header, widths, bold);
        for (List<Cell> row : table.rows()) {
            if (pages.makeRoom(rowHeight(row, widths, regular))) {
                row(header, widths, bold);
            }
            row(row, widths, regular);
        }
        pages.down(TEXT_SIZE * 0.5f);
    }

    /** The chart laid out as on the screen, on a wider box, scaled to the page's width. */
    void chart(Chart chart) throws IOException {
        ChartLayout layout = new ChartLayout(chart, CHART_WIDTH, CHART_HEIGHT, texts.locale());
        float scale = (float) (pages.width() / layout.width());
        float height = chartHeight();
        pages.makeRoom(height + leading(TEXT_SIZE));
        PDPageContentStream page = pages.page();
        float top = pages.y();
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
        pages.moveTo(top - height - TEXT_SIZE * 0.5f);
    }

    byte[] toPdf() throws IOException {
        return pages.toPdf();
    }

    @Override
    public void close() throws IOException {
        pages.close();
    }

    private float chartHeight() {
        return (float) (CHART_HEIGHT * pages.width() / CHART_WIDTH);
    }

    static Color colour(TrafficLight light) {
        return switch (light) {
            case GREEN -> new Color(0x2e, 0x7d, 0x32);
            case ORANGE -> new Color(0xc6, 0x69, 0x00);
            case RED -> new Color(0xc6, 0x28, 0x28);
            case NONE, NO_VALUE -> GRID;
        };
    }

    private void row(List<Cell> cells, float[] widths, PDFont font) throws IOException {
        float height = rowHeight(cells, widths, font);
        float x = MARGIN;
        float firstBaseline = pages.y() - CELL_PADDING - TABLE_SIZE;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            float textX = x + CELL_PADDING;
            if (cell.light() != null && cell.light().shines()) {
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
        pages.down(height);
        pages.page().setLineWidth(0.5f);
        stroke(GRID, new float[0], MARGIN, pages.y(), x, pages.y());
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
        float width = pages.width();
        if (total <= width) {
            return widths;
        }
        if (widestText >= 0 && widths[widestText] - (total - width) >= MIN_TEXT_WIDTH) {
            widths[widestText] -= total - width;
            return widths;
        }
        for (int i = 0; i < columns; i++) {
            widths[i] = widths[i] * width / total;
        }
        return widths;
    }

    private void write(PDFont font, float size, String text) throws IOException {
        for (String line : wrap(font, size, pages.width(), printable(font, text.strip().replaceAll("\\s+", " ")))) {
            pages.makeRoom(leading(size));
            pages.down(leading(size));
            text(font, size, line, MARGIN, pages.y());
        }
    }

    private void text(PDFont font, float size, String text, float x, float baseline) throws IOException {
        PDPageContentStream page = pages.page();
        page.setNonStrokingColor(TEXT);
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, baseline);
        page.showText(printable(font, text));
        page.endText();
    }

    private void stroke(Color colour, float[] dashes, float x1, float y1, float x2, float y2) throws IOException {
        PDPageContentStream page = pages.page();
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
        PDPageContentStream page = pages.page();
        page.setNonStrokingColor(colour);
        page.moveTo(x + radius, centreY);
        page.curveTo(x + radius, centreY + k, x + k, centreY + radius, x, centreY + radius);
        page.curveTo(x - k, centreY + radius, x - radius, centreY + k, x - radius, centreY);
        page.curveTo(x - radius, centreY - k, x - k, centreY - radius, x, centreY - radius);
        page.curveTo(x + k, centreY - radius, x + radius, centreY - k, x + radius, centreY);
        page.fill();
    }
}
