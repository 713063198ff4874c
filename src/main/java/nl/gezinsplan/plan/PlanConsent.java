package nl.gezinsplan.plan;

import java.time.Instant;

/**
 * The family's consent to one version of its plan.
 *
 * @param recordedBy the member who agreed in the portal, or the consultant who recorded consent given on paper
 */
record PlanConsent(AgreementChannel channel, String recordedBy, Instant agreedAt) {
}
