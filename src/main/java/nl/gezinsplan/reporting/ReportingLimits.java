package nl.gezinsplan.reporting;

import nl.gezinsplan.base.NumberLimit;
import nl.gezinsplan.base.TextLimit;

/**
 * What the columns of the imported provision history (provision_history) hold: the lengths of its texts and the digits
 * of its numbers, each named by the column of the import file that fills it; and the texts of a programme measure's
 * progress.
 */
public final class ReportingLimits {

    public static final TextLimit CLIENT =
            new TextLimit("provision_history", "client", 32, "reporting.import.column.client");
    public static final TextLimit CATEGORY =
            new TextLimit("provision_history", "category_code", 10, "reporting.import.column.category");
    public static final TextLimit PRODUCT_CODE =
            new TextLimit("provision_history", "product_code", 10, "reporting.import.column.product_code");
    public static final TextLimit PROVIDER =
            new TextLimit("provision_history", "provider", 200, "reporting.import.column.provider");
    public static final TextLimit REFERRER =
            new TextLimit("provision_history", "referrer", 64, "reporting.import.column.referrer");
    public static final TextLimit DISTRICT =
            new TextLimit("provision_history", "district", 100, "reporting.import.column.district");
    public static final NumberLimit VOLUME =
            new NumberLimit("provision_history", "volume", 12, 2, "reporting.import.column.volume");
    public static final NumberLimit TARIFF =
            new NumberLimit("provision_history", "tariff", 12, 2, "reporting.import.column.tariff");
    public static final NumberLimit AMOUNT =
            new NumberLimit("provision_history", "amount", 14, 2, "reporting.import.column.amount");
    /** Worked out from the line, not read from it. */
    public static final NumberLimit COST_PER_DAY =
            new NumberLimit("provision_history", "cost_per_day", 14, 4, "reporting.import.cost-per-day");

    public static final TextLimit MEASURE_ACTIONS =
            new TextLimit("programme_measure", "actions", 2000, "monitor.measures.actions");
    public static final TextLimit MEASURE_OWNER =
            new TextLimit("programme_measure", "owner", 200, "monitor.measures.owner");

    private ReportingLimits() {
    }
}
