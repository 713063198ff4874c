package nl.gezinsplan.casework;

import java.time.LocalDate;

/**
 * When care runs: from the care's own start, else the allocation's start, to the care's own end, else the
 * allocation's end; no end means it is still running. The one place of this rule in Java (the monitor counts by the
 * same rule in SQL).
 */
public record CarePeriod(LocalDate start, LocalDate end) {

    public static CarePeriod of(LocalDate allocationStart, LocalDate allocationEnd, LocalDate careStart,
                                LocalDate careEnd) {
        return new CarePeriod(careStart != null ? careStart : allocationStart,
                careEnd != null ? careEnd : allocationEnd);
    }
}
