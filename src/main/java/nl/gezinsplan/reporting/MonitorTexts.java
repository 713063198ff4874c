package nl.gezinsplan.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import nl.gezinsplan.base.Law;

/**
 * The monitor's words and numbers in the reader's language, the same on the screen, in CSV headers and in the council
 * report: euros whole ("€ 17.300"), percentages with one decimal ("12,7%"), counts grouped, days whole.
 */
public final class MonitorTexts {

    /** Looks up a message key with its arguments in the reader's language. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... arguments);
    }

    private final Translator translator;
    private final Locale locale;

    public MonitorTexts(Translator translator, Locale locale) {
        this.translator = translator;
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... arguments) {
        return translator.translate(key, arguments);
    }

    /** "december 2026", "K4 2026", "2e halfjaar 2026" or "2026". */
    public String period(Period period) {
        if (period.kind() == PeriodKind.MONTH) {
            return DateTimeFormatter.ofPattern("LLLL uuuu", locale).format(YearMonth.from(period.first()));
        }
        return text(period.messageKey(), period.labelArguments());
    }

    /** "indicatoren-1e-halfjaar-2025.csv": a title and the period, safe as a file name. */
    public String fileName(String title, Period period, String extension) {
        String plain = Normalizer.normalize(title + "-" + period(period), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + "." + extension;
    }

    public String indicator(Indicator indicator) {
        return text(indicator.messageKey());
    }

    /** What the list behind an indicator names when it names the families below the line: "Gezinnen zonder ...". */
    public String shortfall(Indicator indicator) {
        return text("monitor.behind.shortfall." + indicator.key());
    }

    public String light(TrafficLight light) {
        return text("reporting.light." + light.name());
    }

    public String law(Law law) {
        return text("casework.law." + law.name());
    }

    /** The reason's name as casework gives it. */
    public String outflowReason(nl.gezinsplan.casework.OutflowReason reason) {
        return text("casework.outflow-reason." + reason.name());
    }

    public String dimension(Dimension dimension) {
        return text(dimension.messageKey());
    }

    /** A cell as the reader sees it; a number without data is a dash. */
    public String format(Cell cell) {
        return cell.isNumeric() ? format(cell.number(), cell.measure()) : cell.text();
    }

    public String format(BigDecimal value, Measure measure) {
        if (value == null) {
            return "\u2013";
        }
        return switch (measure) {
            case PERCENT -> decimals(1).format(value.setScale(1, RoundingMode.HALF_UP)) + "%";
            case EURO -> euros().format(value.setScale(0, RoundingMode.HALF_UP));
            case COUNT -> decimals(0).format(value);
            case DAYS -> text("monitor.days", decimals(0).format(value.setScale(0, RoundingMode.HALF_UP)));
            case NUMBER -> decimals(1).format(value.setScale(1, RoundingMode.HALF_UP));
        };
    }

    private NumberFormat decimals(int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format;
    }

    /** Always the euro, also in English ("€17,300"). */
    private NumberFormat euros() {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("EUR"));
        format.setMaximumFractionDigits(0);
        format.setMinimumFractionDigits(0);
        return format;
    }
}
