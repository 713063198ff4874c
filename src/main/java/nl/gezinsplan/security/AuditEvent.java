package nl.gezinsplan.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One entry of the audit trail; {@code subject} is a message key (audit.*) that takes {@code detail} as argument,
 * except for a page view, whose detail lists the subjects of the parts it showed.
 */
public record AuditEvent(long id, Instant at, String actor, AuditAction action, Long familyId, String subject,
                         String detail) {

    /** The subject of a page that showed parts of a family file, read once. */
    public static final String PAGE_VIEW = "audit.page.viewed";

    static final String PART_SEPARATOR = ",";

    /** The subjects (message keys) of what a page view showed; empty for any other event. */
    public List<String> shownParts() {
        return PAGE_VIEW.equals(subject) && detail != null ? Arrays.asList(detail.split(PART_SEPARATOR)) : List.of();
    }
}
