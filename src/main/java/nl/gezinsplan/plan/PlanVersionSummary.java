package nl.gezinsplan.plan;

import java.time.Instant;

/** A line in the list of a plan's versions. */
public record PlanVersionSummary(int number, String author, Instant createdAt, int goals, int agreements,
                                 int involved) {
}
