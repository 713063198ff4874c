package nl.gezinsplan.reporting;

import nl.gezinsplan.base.NumberLimit;
import nl.gezinsplan.base.TextLimit;

/**
 * What the columns of the imported allocation history hold: the lengths of its texts and the digits of its numbers,
 * each named by the column of the import file that fills it.
 */
public final class ReportingLimits {

    public static final TextLimit CLIENT =
            new TextLimit("allocation_history", "client", 32, "reporting.import.column.client");
    public static final TextLimit CATEGORY =
            new TextLimit("allocation_history", "category_code", 10, "reporting.import.column.category");
    public static final TextLimit PRODUCT_CODE =
            new TextLimit("allocation_history", "product_code", 10, "reporting.import.column.product_code");
    public static final TextLimit PROVIDER =
            new TextLimit("allocation_history", "provider", 200, "reporting.import.column.provider");
    public static final TextLimit REFERRER =
            new TextLimit("allocation_history", "referrer", 64, "reporting.import.column.referrer");
    public static final TextLimit DISTRICT =
            new TextLimit("allocation_history", "district", 100, "reporting.import.column.district");
    public static final NumberLimit VOLUME =
            new NumberLimit("allocation_history", "volume", 12, 2, "reporting.import.column.volume");
    public static final NumberLimit TARIFF =
            new NumberLimit("allocation_history", "tariff", 12, 2, "reporting.import.column.tariff");
    public static final NumberLimit AMOUNT =
            new NumberLimit("allocation_history", "amount", 14, 2, "reporting.import.column.amount");
    /** Worked out from the line, not read from it. */
    public static final NumberLimit COST_PER_DAY =
            new NumberLimit("allocation_history", "cost_per_day", 14, 4, "reporting.import.cost-per-day");

    private ReportingLimits() {
    }
}
