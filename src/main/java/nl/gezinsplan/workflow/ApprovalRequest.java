package nl.gezinsplan.workflow;

import nl.gezinsplan.base.Law;

/** What the approval process needs to route a proposed provision: routing facts and ids, not the case itself. */
public record ApprovalRequest(String proposer, String team, Law law, double costPerYear, int durationMonths,
                              boolean residential, boolean extension, long familyId, long personId,
                              long requestId) {
}
