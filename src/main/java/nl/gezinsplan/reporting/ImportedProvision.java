package nl.gezinsplan.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.base.NumberLimit;
import nl.gezinsplan.base.TextLimit;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One good line of a provision import (an allocation message's line), checked and normalised, with its cost per day
 * worked out: an amount is spread over the provision's effective days (care dates, else allocation dates); otherwise
 * volume x tariff (the volume itself for unit EURO) per occasion, per day, per week (x 52 / 365), per month (x 12 /
 * 365), or in total over the effective days. Own provisions use the same year of 52 weeks and 12 months.
 */
record ImportedProvision(String client, LocalDate birthDate, Law law, String category, String productCode,
        String provider, String referrer, String district, LocalDate allocationStart, LocalDate allocationEnd,
        LocalDate careStart, LocalDate careEnd, BigDecimal volume, String unit, String frequency, BigDecimal tariff,
        BigDecimal amount, BigDecimal costPerDay) {

    static final List<String> UNITS = List.of("HOUR", "DAY_PART", "DAY", "WEEK", "MONTH", "PIECE", "TRAJECTORY",
            "EURO");
    static final List<String> FREQUENCIES = List.of("PER_DAY", "PER_WEEK", "PER_MONTH", "TOTAL");

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Why a line was not loaded: a message key of the reporting bundle and its arguments. */
    static final class BadLine extends Exception {

        /**
         * Values quoted in a reason are cut to this length, so a reason stays a line whatever the file holds; it
         * leaves room for the list of allowed units.
         */
        private static final int QUOTED_LENGTH = 64;

        private final String messageKey;
        private final transient List<Object> arguments;

        BadLine(String reason, Object... arguments) {
            super(reason, null, false, false);
            this.messageKey = "reporting.import.problem." + reason;
            this.arguments = Stream.of(arguments).map(BadLine::quoted).toList();
        }

        /** The shared input rules' refusal, said in the user's language, and the value it refused. */
        BadLine(String reason, InvalidInput refused, String value) {
            this(reason, new DefaultMessageSourceResolvable(new String[] {refused.messageKey()}, refused.arguments()),
                    value);
        }

        /** A value of the file as a reason quotes it: cut short, control characters shown as a replacement mark. */
        private static Object quoted(Object value) {
            if (!(value instanceof String text)) {
                return value;
            }
            String cut = text.codePointCount(0, text.length()) <= QUOTED_LENGTH ? text
                    : text.substring(0, text.offsetByCodePoints(0, QUOTED_LENGTH)) + "\u2026";
            return cut.replaceAll("\\p{Cc}", "\uFFFD");
        }

        String messageKey() {
            return messageKey;
        }

        List<Object> arguments() {
            return arguments;
        }
    }

    static ImportedProvision parse(List<String> values) throws BadLine {
        if (values.size() != ProvisionImport.COLUMNS.size()) {
            throw new BadLine("columns", String.valueOf(ProvisionImport.COLUMNS.size()),
                    String.valueOf(values.size()));
        }
        Fields fields = new Fields(values);
        String client = fields.required("client", ReportingLimits.CLIENT);
        LocalDate birthDate = fields.requiredDate("birth_date");
        String lawText = fields.value("law");
        Law law;
        try {
            law = lawText == null ? Law.JEUGDWET : Law.valueOf(lawText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadLine("law", lawText);
        }
        String category = fields.required("category", ReportingLimits.CATEGORY).toUpperCase(Locale.ROOT);
        String productCode = fields.required("product_code", ReportingLimits.PRODUCT_CODE).toUpperCase(Locale.ROOT);
        String provider = fields.required("provider", ReportingLimits.PROVIDER);
        String referrer = fields.optional("referrer", ReportingLimits.REFERRER);
        String district = fields.optional("district", ReportingLimits.DISTRICT);
        LocalDate allocationStart = fields.requiredDate("allocation_start");
        LocalDate allocationEnd = fields.date("allocation_end");
        LocalDate careStart = fields.date("care_start");
        LocalDate careEnd = fields.date("care_end");
        if (allocationStart.isBefore(birthDate)) {
            throw new BadLine("born-after-start", values.get(1), values.get(8));
        }
        LocalDate start = careStart != null ? careStart : allocationStart;
        LocalDate end = careEnd != null ? careEnd : allocationEnd;
        if (allocationEnd != null && allocationEnd.isBefore(allocationStart)) {
            throw new BadLine("end-before-start", "allocation_end", "allocation_start");
        }
        if (end != null && end.isBefore(start)) {
            throw new BadLine("end-before-start", careEnd != null ? "care_end" : "allocation_end",
                    careStart != null ? "care_start" : "allocation_start");
        }
        BigDecimal volume = fields.number("volume", ReportingLimits.VOLUME);
        String unit = fields.code("unit", UNITS);
        String frequency = fields.code("frequency", FREQUENCIES);
        BigDecimal tariff = fields.number("tariff", ReportingLimits.TARIFF);
        BigDecimal amount = fields.number("amount", ReportingLimits.AMOUNT);
        Long days = end == null ? null : ChronoUnit.DAYS.between(start, end) + 1;
        BigDecimal costPerDay;
        if (amount != null) {
            costPerDay = spread(amount, days);
        } else {
            if (volume == null || unit == null || frequency == null || tariff == null && !"EURO".equals(unit)) {
                throw new BadLine("cost-missing");
            }
            BigDecimal perOccasion = "EURO".equals(unit) ? volume : volume.multiply(tariff);
            costPerDay = switch (frequency) {
                case "PER_DAY" -> perOccasion;
                case "PER_WEEK" -> perOccasion.multiply(BigDecimal.valueOf(52)).divide(BigDecimal.valueOf(365), 4,
                        RoundingMode.HALF_UP);
                case "PER_MONTH" -> perOccasion.multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(365), 4,
                        RoundingMode.HALF_UP);
                default -> spread(perOccasion, days);
            };
        }
        costPerDay = costPerDay.setScale(ReportingLimits.COST_PER_DAY.scale(), RoundingMode.HALF_UP);
        try {
            Input.number(costPerDay, ReportingLimits.COST_PER_DAY);
        } catch (InvalidInput refused) {
            throw new BadLine("cost-per-day", refused, costPerDay.toPlainString());
        }
        return new ImportedProvision(client, birthDate, law, category, productCode, provider, referrer, district,
                allocationStart, allocationEnd, careStart, careEnd, volume, unit, frequency, tariff, amount,
                costPerDay);
    }

    /** The line as one text, the same however it was written: what makes a line the same line again. */
    String normalised() {
        return Stream.of(client, birthDate, law, category, productCode, provider, referrer, district, allocationStart,
                        allocationEnd, careStart, careEnd, plain(volume), unit, frequency, plain(tariff), plain(amount))
                .map(value -> value == null ? "" : value.toString())
                .collect(Collectors.joining(";"));
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal spread(BigDecimal total, Long days) throws BadLine {
        if (days == null) {
            throw new BadLine("end-needed");
        }
        return total.divide(BigDecimal.valueOf(days), 4, RoundingMode.HALF_UP);
    }

    /** The values of a line by column name, each checked by the shared input rules as it is read. */
    private record Fields(List<String> values) {

        String value(String column) {
            String value = values.get(ProvisionImport.COLUMNS.indexOf(column));
            return value.isEmpty() ? null : value;
        }

        String optional(String column, TextLimit limit) throws BadLine {
            String value = value(column);
            return checked(value, () -> {
                Input.line(value, limit);
                return value;
            });
        }

        String required(String column, TextLimit limit) throws BadLine {
            String value = optional(column, limit);
            if (value == null) {
                throw new BadLine("missing", column);
            }
            return value;
        }

        LocalDate requiredDate(String column) throws BadLine {
            LocalDate date = date(column);
            if (date == null) {
                throw new BadLine("missing", column);
            }
            return date;
        }

        LocalDate date(String column) throws BadLine {
            String value = value(column);
            if (value == null) {
                return null;
            }
            LocalDate date;
            try {
                date = value.length() == 10 && value.charAt(2) == '-' ? LocalDate.parse(value, DUTCH_DATE)
                        : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new BadLine("date", column, value);
            }
            return checked(value, () -> {
                Input.date(date, "reporting.import.column." + column);
                return date;
            });
        }

        /** A decimal with a point or a comma, read before any arithmetic only when it fits its column. */
        BigDecimal number(String column, NumberLimit limit) throws BadLine {
            String value = value(column);
            BigDecimal number = checked(value, () -> Input.parseNumber(value, limit));
            if (number != null && number.signum() < 0) {
                throw new BadLine("negative", column, value);
            }
            return number;
        }

        /** The value that passed {@code check}, or the check's refusal as the line's reason. */
        private static <T> T checked(String value, Supplier<T> check) throws BadLine {
            try {
                return check.get();
            } catch (InvalidInput refused) {
                throw new BadLine("refused", refused, value);
            }
        }

        String code(String column, List<String> allowed) throws BadLine {
            String value = value(column);
            if (value == null) {
                return null;
            }
            String code = value.toUpperCase(Locale.ROOT);
            if (!allowed.contains(code)) {
                throw new BadLine(column, value, String.join(", ", allowed));
            }
            return code;
        }
    }

    @Override
    public String toString() {
        return Arrays.asList(client, productCode, allocationStart).toString();
    }
}
