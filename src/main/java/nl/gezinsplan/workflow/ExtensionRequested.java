package nl.gezinsplan.workflow;

import nl.gezinsplan.base.Law;

/**
 * Published when an evaluation meeting asks to extend a provision. An extension is legally a new application, so
 * the request route starts a new request (extension = true) from it, through triage and approval again.
 */
public record ExtensionRequested(long provisionId, long familyId, long personId, Law law, String team) {
}
