package nl.gezinsplan.reporting.ui;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import nl.gezinsplan.reporting.Period;
import nl.gezinsplan.reporting.PeriodKind;

/** Chooses a month, quarter, half-year or year: the kind, the year and which part of it. */
class PeriodChooser extends FlexLayout {

    private final Select<PeriodKind> kind = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Select<Integer> part = new Select<>();
    private final Consumer<Period> chosen;
    private boolean setting;

    PeriodChooser(Period initial, int firstYear, int lastYear, Consumer<Period> chosen) {
        this.chosen = chosen;
        addClassName("period-chooser");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        kind.setLabel(getTranslation("monitor.period.kind"));
        kind.setItems(PeriodKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("monitor.period.kind." + value.name()));
        kind.setId("period-kind");
        year.setLabel(getTranslation("monitor.period.year"));
        year.setItems(IntStream.rangeClosed(firstYear, lastYear).boxed().sorted((a, b) -> b - a).toList());
        year.setId("period-year");
        part.setId("period-part");

        setting = true;
        kind.setValue(initial.kind());
        year.setValue(initial.first().getYear());
        showParts(initial.kind(), partOf(initial));
        setting = false;

        kind.addValueChangeListener(event -> {
            setting = true;
            showParts(event.getValue(), 1);
            setting = false;
            changed();
        });
        year.addValueChangeListener(event -> changed());
        part.addValueChangeListener(event -> changed());
        add(kind, year, part);
    }

    Period value() {
        int chosenYear = year.getValue();
        return switch (kind.getValue()) {
            case MONTH -> Period.month(YearMonth.of(chosenYear, part.getValue()));
            case QUARTER -> Period.quarter(chosenYear, part.getValue());
            case HALF_YEAR -> Period.halfYear(chosenYear, part.getValue());
            case YEAR -> Period.year(chosenYear);
        };
    }

    private void changed() {
        if (!setting) {
            chosen.accept(value());
        }
    }

    private void showParts(PeriodKind periodKind, Integer selected) {
        part.setVisible(periodKind != PeriodKind.YEAR);
        if (periodKind == PeriodKind.YEAR) {
            return;
        }
        int count = switch (periodKind) {
            case MONTH -> 12;
            case QUARTER -> 4;
            default -> 2;
        };
        List<Integer> parts = IntStream.rangeClosed(1, count).boxed().toList();
        part.setLabel(getTranslation("monitor.period.part." + periodKind.name()));
        part.setItems(parts);
        part.setItemLabelGenerator(number -> switch (periodKind) {
            case MONTH -> Month.of(number).getDisplayName(TextStyle.FULL, getLocale());
            case QUARTER -> getTranslation("monitor.period.quarter-option", number);
            default -> getTranslation("monitor.period.half-option", number);
        });
        part.setValue(selected);
    }

    /** The month, quarter or half of the year; 1 for a year. */
    private static int partOf(Period period) {
        Object[] arguments = period.labelArguments();
        return arguments.length > 1 ? (Integer) arguments[1] : 1;
    }
}
