package nl.gezinsplan.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import nl.gezinsplan.reporting.Cell;
import nl.gezinsplan.reporting.CsvWriter;
import nl.gezinsplan.reporting.MonitorTexts;
import nl.gezinsplan.reporting.Period;
import nl.gezinsplan.reporting.ReportTable;
import nl.gezinsplan.reporting.TrafficLight;

/** A monitor table as a grid, with its CSV file to download; wide tables scroll sideways on a phone. */
class ReportTableView extends VerticalLayout {

    ReportTableView(ReportTable table, MonitorTexts texts, Period period, String id) {
        this(table, texts, period, id, row -> Optional.empty());
    }

    /** What a row's button in the last column says it is about, and what it shows: the list behind its numbers. */
    record Behind(String subject, Runnable show) {}

    /** @param behind the rows' buttons, for the rows that have one */
    ReportTableView(ReportTable table, MonitorTexts texts, Period period, String id,
            IntFunction<Optional<Behind>> behind) {
        setPadding(false);
        setSpacing(false);
        addClassName("report-table");
        Grid<List<Cell>> grid = new Grid<>();
        Map<List<Cell>, Integer> rows = new IdentityHashMap<>();
        table.rows().forEach(row -> rows.put(row, rows.size()));
        for (int i = 0; i < table.headers().size(); i++) {
            int column = i;
            boolean lights = table.rows().stream().anyMatch(row -> row.get(column).light() != null);
            boolean numeric = table.rows().stream().anyMatch(row -> row.get(column).isNumeric());
            Grid.Column<List<Cell>> added = lights
                    ? grid.addComponentColumn(row -> light(row.get(column)))
                    : grid.addColumn(row -> texts.format(row.get(column)));
            added.setHeader(table.headers().get(i)).setAutoWidth(true).setFlexGrow(i == 0 ? 1 : 0)
                    .setKey("c" + i);
            if (numeric) {
                added.setTextAlign(ColumnTextAlign.END);
            }
        }
        if (IntStream.range(0, table.rows().size()).anyMatch(row -> behind.apply(row).isPresent())) {
            grid.addComponentColumn(row -> behindButton(rows.get(row), texts, behind, id))
                    .setHeader(getTranslation("monitor.behind.column")).setAutoWidth(true).setFlexGrow(0)
                    .setKey("behind");
        }
        // the first column names the row: it stays in view while the others scroll sideways on a narrow screen
        grid.getColumns().get(0).setAutoWidth(false).setWidth(firstColumnWidth(table)).setFrozen(true);
        grid.setItems(table.rows());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId(id);
        grid.setAriaLabel(table.title());
        add(grid);
        if (table.rows().isEmpty()) {
            add(new Paragraph(getTranslation("monitor.empty")));
        }
        add(csv(table, texts, period, id));
    }

    /** A button that shows the list behind the row's numbers, or nothing when it has none. */
    private Component behindButton(int index, MonitorTexts texts, IntFunction<Optional<Behind>> behind, String id) {
        return behind.apply(index).<Component>map(about -> {
            Button button = new Button(getTranslation("monitor.behind.button"), click -> about.show().run());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.setId(id + "-behind-" + index);
            button.getElement().setAttribute("aria-label", texts.text("monitor.behind.open", about.subject()));
            return button;
        }).orElseGet(Span::new);
    }

    /** Wide enough for its texts, up to about half a phone's width; longer texts wrap. */
    private static String firstColumnWidth(ReportTable table) {
        int longest = table.headers().get(0).length();
        for (List<Cell> row : table.rows()) {
            String text = row.get(0).text();
            longest = Math.max(longest, text == null ? 0 : text.length());
        }
        return Math.max(6, Math.min(12, Math.round(longest * 0.55f) + 2)) + "em";
    }

    /** A traffic light shows its colour, a shape and its word, so it does not depend on seeing colour. */
    static Component light(Cell cell) {
        TrafficLight light = cell.light();
        VaadinIcon shape = switch (light) {
            case GREEN -> VaadinIcon.CHECK_CIRCLE;
            case ORANGE -> VaadinIcon.WARNING;
            case RED -> VaadinIcon.CLOSE_CIRCLE;
            case NONE, NO_VALUE -> VaadinIcon.MINUS;
        };
        Span shown = new Span(shape.create(), new Span(cell.text()));
        shown.addClassNames("traffic-light", "traffic-light-" + light.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return shown;
    }

    private Anchor csv(ReportTable table, MonitorTexts texts, Period period, String id) {
        String fileName = texts.fileName(table.title(), period, "csv");
        DownloadHandler file = DownloadHandler.fromInputStream(event -> {
            byte[] content = CsvWriter.write(table, texts.locale());
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, CsvWriter.CONTENT_TYPE,
                    content.length);
        });
        Anchor link = new Anchor(file, getTranslation("monitor.csv"));
        link.setId(id + "-csv");
        link.getElement().setAttribute("aria-label", getTranslation("monitor.csv") + ": " + table.title());
        return link;
    }
}
