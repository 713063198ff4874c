package nl.gezinsplan.security;

import java.time.Instant;

/** One entry of the audit trail; {@code subject} is a message key (audit.*) that takes {@code detail} as argument. */
public record AuditEvent(long id, Instant at, String actor, AuditAction action, Long familyId, String subject,
                         String detail) {
}
