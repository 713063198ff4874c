package nl.gezinsplan.reporting;

/** How many provisions extended an earlier one of a provider and product in a quarter. */
public record ExtensionCount(String provider, String productCode, int year, int quarter, long extensions) {}
