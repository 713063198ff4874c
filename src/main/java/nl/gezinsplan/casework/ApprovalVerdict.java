package nl.gezinsplan.casework;

import java.time.Instant;

/** A reviewer's or manager's verdict on a request's proposal. */
public record ApprovalVerdict(ApprovalLevel level, String decidedBy, Instant decidedAt, boolean approved,
                              String reason) {
}
