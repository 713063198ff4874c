package nl.gezinsplan.benefit;

import java.time.LocalDate;

/**
 * A measure as the consultant enters it.
 *
 * @param percentage how much lower the benefit is, in percent
 * @param months     for how many months, from {@code startsOn}
 * @param motivation why, as the letter says it
 */
public record MeasureDraft(Obligation obligation, Integer percentage, Integer months, LocalDate startsOn,
                           String motivation) {
}
