package nl.gezinsplan.casework;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The terms of a provision as a consultant enters them; the service checks them. {@code offContractReason} says why a
 * provider is chosen that is not contracted for the product; it is asked only then.
 */
public record ProvisionDraft(Long personId, Long productId, Long providerId, BigDecimal volume, Frequency frequency,
                             LocalDate allocationStart, LocalDate allocationEnd, LocalDate careStart,
                             LocalDate careEnd, String offContractReason) {

    /** A draft with a provider contracted for the product. */
    public ProvisionDraft(Long personId, Long productId, Long providerId, BigDecimal volume, Frequency frequency,
                          LocalDate allocationStart, LocalDate allocationEnd, LocalDate careStart, LocalDate careEnd) {
        this(personId, productId, providerId, volume, frequency, allocationStart, allocationEnd, careStart, careEnd,
                null);
    }
}
