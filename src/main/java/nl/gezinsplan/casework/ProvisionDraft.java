package nl.gezinsplan.casework;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The terms of a provision as a consultant enters them; the service checks them. */
public record ProvisionDraft(Long personId, Long productId, Long providerId, BigDecimal volume, Frequency frequency,
                             LocalDate allocationStart, LocalDate allocationEnd, LocalDate careStart,
                             LocalDate careEnd) {
}
