package nl.gezinsplan.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A calendar period of whole months, from its first to its last day (both inclusive). */
public record Period(PeriodKind kind, LocalDate first, LocalDate last) {

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("A period ends on or after its first day: " + first + " - " + last);
        }
    }

    public static Period month(YearMonth month) {
        return new Period(PeriodKind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** Quarter 1 to 4 of the year. */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("No quarter " + quarter);
        }
        YearMonth start = YearMonth.of(year, 3 * quarter - 2);
        return new Period(PeriodKind.QUARTER, start.atDay(1), start.plusMonths(2).atEndOfMonth());
    }

    /** Half 1 (January to June) or 2 (July to December) of the year. */
    public static Period halfYear(int year, int half) {
        if (half < 1 || half > 2) {
            throw new IllegalArgumentException("No half year " + half);
        }
        YearMonth start = YearMonth.of(year, 6 * half - 5);
        return new Period(PeriodKind.HALF_YEAR, start.atDay(1), start.plusMonths(5).atEndOfMonth());
    }

    public static Period year(int year) {
        return new Period(PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The months inside the period, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** "reporting.period.quarter", "reporting.period.half_year" or "reporting.period.year" (a month is named). */
    public String messageKey() {
        return "reporting.period." + kind.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The arguments of {@link #messageKey()}: {year, month} for a month, {year, quarter}, {year, half} or {year}.
     * Numbers, not text, so the bundle decides how they read.
     */
    public Object[] labelArguments() {
        int year = first.getYear();
        int month = first.getMonthValue();
        return switch (kind) {
            case MONTH -> new Object[] {year, month};
            case QUARTER -> new Object[] {year, (month - 1) / 3 + 1};
            case HALF_YEAR -> new Object[] {year, (month - 1) / 6 + 1};
            case YEAR -> new Object[] {year};
        };
    }
}
