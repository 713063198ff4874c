package nl.gezinsplan.security;

import java.time.LocalDate;

/** Criteria of an audit search; null does not restrict. Dates are whole days in the municipality's time zone. */
public record AuditFilter(String actor, Long familyId, AuditAction action, LocalDate from, LocalDate until) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
