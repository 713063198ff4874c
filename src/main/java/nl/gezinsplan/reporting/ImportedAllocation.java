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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gezinsplan.base.Law;

/**
 * One good line of an allocation import, checked and normalised, with its cost per day worked out: an amount is
 * spread over the allocation's effective days (care dates, else allocation dates); otherwise volume x tariff (the
 * volume itself for unit EURO) per occasion, per day, per week (x 52 / 365), per month (x 12 / 365), or in total over
 * the effective days. Own provisions use the same year of 52 weeks and 12 months.
 */
record ImportedAllocation(String client, LocalDate birthDate, Law law, String category, String productCode,
        String provider, String referrer, String district, LocalDate allocationStart, LocalDate allocationEnd,
        LocalDate careStart, LocalDate careEnd, BigDecimal volume, String unit, String frequency, BigDecimal tariff,
        BigDecimal amount, BigDecimal costPerDay) {

    static final List<String> UNITS = List.of("HOUR", "DAY_PART", "DAY", "WEEK", "MONTH", "PIECE", "TRAJECTORY",
            "EURO");
    static final List<String> FREQUENCIES = List.of("PER_DAY", "PER_WEEK", "PER_MONTH", "TOTAL");

    /** Only digits and at most one decimal point: no sign, exponent or spaces. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Why a line was not loaded: a message key of the reporting bundle and its arguments. */
    static final class BadLine extends Exception {

        private final String messageKey;
        private final transient List<String> arguments;

        BadLine(String reason, String... arguments) {
            super(reason, null, false, false);
            this.messageKey = "reporting.import.problem." + reason;
            this.arguments = Stream.of(arguments).map(BadLine::quoted).toList();
        }

        private static String quoted(String value) {
            return value.length() <= HistoryLimits.QUOTED_LENGTH ? value
                    : value.substring(0, HistoryLimits.QUOTED_LENGTH) + "\u2026";
        }

        String messageKey() {
            return messageKey;
        }

        List<String> arguments() {
            return arguments;
        }
    }

    static ImportedAllocation parse(List<String> values) throws BadLine {
        if (values.size() != AllocationImport.COLUMNS.size()) {
            throw new BadLine("columns", String.valueOf(AllocationImport.COLUMNS.size()),
                    String.valueOf(values.size()));
        }
        Fields fields = new Fields(values);
        String client = fields.required("client");
        LocalDate birthDate = fields.requiredDate("birth_date");
        String lawText = fields.optional("law");
        Law law;
        try {
            law = lawText == null ? Law.JEUGDWET : Law.valueOf(lawText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadLine("law", lawText);
        }
        String category = fields.required("category").toUpperCase(Locale.ROOT);
        String productCode = fields.required("product_code").toUpperCase(Locale.ROOT);
        String provider = fields.required("provider");
        String referrer = fields.optional("referrer");
        String district = fields.optional("district");
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
        BigDecimal volume = fields.number("volume");
        String unit = fields.code("unit", UNITS);
        String frequency = fields.code("frequency", FREQUENCIES);
        BigDecimal tariff = fields.number("tariff");
        BigDecimal amount = fields.number("amount");
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
        costPerDay = costPerDay.setScale(HistoryLimits.COST_PER_DAY.scale(), RoundingMode.HALF_UP);
        if (costPerDay.compareTo(HistoryLimits.COST_PER_DAY.largest()) > 0) {
            throw new BadLine("cost-per-day", costPerDay.toPlainString(),
                    HistoryLimits.COST_PER_DAY.largest().toPlainString());
        }
        return new ImportedAllocation(client, birthDate, law, category, productCode, provider, referrer, district,
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

    /** The values of a line by column name, each checked as it is read. */
    private record Fields(List<String> values) {

        private String value(String column) throws BadLine {
            String value = values.get(AllocationImport.COLUMNS.indexOf(column));
            if (value.chars().anyMatch(Character::isISOControl)) {
                throw new BadLine("control-character", column);
            }
            return value.isEmpty() ? null : value;
        }

        /** A text no longer than its column holds; the database counts characters, not UTF-16 units. */
        String optional(String column) throws BadLine {
            String value = value(column);
            int maxLength = HistoryLimits.LENGTHS.get(column);
            if (value != null && value.codePointCount(0, value.length()) > maxLength) {
                throw new BadLine("too-long", column, String.valueOf(maxLength));
            }
            return value;
        }

        String required(String column) throws BadLine {
            String value = optional(column);
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
            if (date.isBefore(HistoryLimits.FIRST_DAY) || date.isAfter(HistoryLimits.LAST_DAY)) {
                throw new BadLine("date-range", column, value, String.valueOf(HistoryLimits.FIRST_DAY.getYear()),
                        String.valueOf(HistoryLimits.LAST_DAY.getYear()));
            }
            return date;
        }

        /**
         * A decimal with a point or a comma; with both, the last one is the decimal separator. Its digits are counted
         * against the column before it becomes a number, so no arithmetic ever meets a number like 1E-100000000.
         */
        BigDecimal number(String column) throws BadLine {
            String value = value(column);
            if (value == null) {
                return null;
            }
            if (value.startsWith("-")) {
                throw new BadLine("negative", column, value);
            }
            if (value.indexOf('e') >= 0 || value.indexOf('E') >= 0) {
                throw new BadLine("exponent", column, value);
            }
            int point = value.lastIndexOf('.');
            int comma = value.lastIndexOf(',');
            String plain = comma > point ? value.replace(".", "").replace(',', '.') : value.replace(",", "");
            if (!PLAIN_NUMBER.matcher(plain).matches()) {
                throw new BadLine("number", column, value);
            }
            int decimalPoint = plain.indexOf('.');
            String whole = plain.substring(0, decimalPoint < 0 ? plain.length() : decimalPoint).replaceFirst("^0+", "");
            String decimals = decimalPoint < 0 ? "" : plain.substring(decimalPoint + 1).replaceFirst("0+$", "");
            HistoryLimits.Digits digits = HistoryLimits.NUMBERS.get(column);
            if (whole.length() > digits.wholeDigits() || decimals.length() > digits.scale()) {
                throw new BadLine("digits", column, value, String.valueOf(digits.wholeDigits()),
                        String.valueOf(digits.scale()));
            }
            return new BigDecimal(plain);
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
