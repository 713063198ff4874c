package nl.gezinsplan.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.gezinsplan.base.Law;

/**
 * A provision as the family's overview shows it, with its product, provider and member, and its cost per year.
 *
 * @param exitPerspective   the provider's latest answer on the exit perspective of residential care, null if none yet
 * @param offContractReason why a provider not contracted for the product was chosen; null when it was contracted
 */
public record ProvisionLine(long id, long personId, String personName, long productId, String productCode,
                            String productName, Law law, String categoryCode, Unit unit, String providerName,
                            BigDecimal volume, Frequency frequency, BigDecimal tariff, LocalDate allocationStart,
                            LocalDate allocationEnd, LocalDate careStart, LocalDate careEnd,
                            ProvisionStatus status, boolean open, String exitPerspective,
                            LocalDate exitPerspectiveOn, String offContractReason) {

    public CarePeriod carePeriod() {
        return CarePeriod.of(allocationStart, allocationEnd, careStart, careEnd);
    }

    public BigDecimal costPerYear() {
        return frequency.costPerYear(volume, tariff);
    }
}
