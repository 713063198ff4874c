package nl.gezinsplan.casework;

import java.time.LocalDate;

/**
 * Where a provision stands: proposed, granted, not granted (its request was refused or withdrawn), stopped early
 * because it did not work, or ended.
 */
public enum ProvisionStatus {
    PROPOSED,
    GRANTED,
    NOT_GRANTED,
    STOPPED,
    ENDED;

    /** Not granted, stopped or ended: the provision can no longer change. */
    public boolean isClosed() {
        return this == NOT_GRANTED || this == STOPPED || this == ENDED;
    }

    /** Whether a provision with this status and allocation end still counts: it costs money and opens the family. */
    public boolean isOpenOn(LocalDate allocationEnd, LocalDate day) {
        return !isClosed() && (allocationEnd == null || !allocationEnd.isBefore(day));
    }
}
