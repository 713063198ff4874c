package nl.gezinsplan.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The monitor's charts, drawn from the same figures as the tables beside them. */
public final class MonitorCharts {

    private final MonitorTexts texts;
    private final MonitorTables tables;

    public MonitorCharts(MonitorTexts texts) {
        this.texts = texts;
        this.tables = new MonitorTables(texts);
    }

    /** Bars per month: inflow and outflow, non-residential and residential. */
    public Chart flows(List<MonthlyFlow> flows) {
        return flowChart(texts.text("monitor.flows.title"), Chart.Kind.BAR, flows);
    }

    /** Lines over the months before the chosen period's end. */
    public Chart trend(List<MonthlyFlow> flows) {
        return flowChart(texts.text("monitor.trend.title"), Chart.Kind.LINE, flows);
    }

    /** Bars per law: the share of the ceiling already spent, in percent, with the ceiling as a line at 100. */
    public Chart budgets(List<BudgetLine> budgets) {
        return new Chart(texts.text("monitor.budgets.chart"), Chart.Kind.BAR,
                budgets.stream().map(line -> texts.law(line.law())).toList(),
                List.of(new Chart.Series(texts.text("monitor.budgets.share"), budgets.stream()
                        .map(line -> line.share() == null ? 0.0 : line.share().doubleValue()).toList())), 100.0);
    }

    /**
     * Bars per law, in percent of the ceiling: what is spent and committed, the forecast and the top of its band, with
     * the ceiling as a line at 100.
     */
    public Chart forecasts(List<Forecast> forecasts) {
        return new Chart(texts.text("monitor.forecast.chart"), Chart.Kind.BAR,
                forecasts.stream().map(forecast -> texts.law(forecast.law())).toList(), List.of(
                        forecastSeries("monitor.forecast.sure", forecasts,
                                forecast -> forecast.spent().add(forecast.committed())),
                        forecastSeries("monitor.forecast.forecast", forecasts, Forecast::forecast),
                        forecastSeries("monitor.forecast.high", forecasts, Forecast::high)), 100.0);
    }

    private Chart.Series forecastSeries(String key, List<Forecast> forecasts, Function<Forecast, BigDecimal> amount) {
        return new Chart.Series(texts.text(key), forecasts.stream().map(forecast -> forecast.ceiling().signum() == 0
                ? 0.0 : amount.apply(forecast).doubleValue() * 100 / forecast.ceiling().doubleValue()).toList());
    }

    private Chart flowChart(String title, Chart.Kind kind, List<MonthlyFlow> flows) {
        return new Chart(title, kind, flows.stream().map(flow -> tables.month(flow.month())).toList(), List.of(
                series("monitor.flows.inflow-non-residential", flows, MonthlyFlow::inflowNonResidential),
                series("monitor.flows.outflow-non-residential", flows, MonthlyFlow::outflowNonResidential),
                series("monitor.flows.inflow-residential", flows, MonthlyFlow::inflowResidential),
                series("monitor.flows.outflow-residential", flows, MonthlyFlow::outflowResidential)));
    }

    private Chart.Series series(String key, List<MonthlyFlow> flows, ToLongFunction<MonthlyFlow> count) {
        return new Chart.Series(texts.text(key), flows.stream().map(flow -> (double) count.applyAsLong(flow)).toList());
    }
}
