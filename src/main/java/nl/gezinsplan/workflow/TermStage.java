package nl.gezinsplan.workflow;

/** The steps of a request that the law gives a term. */
public enum TermStage {
    /** The research report (onderzoeksverslag), counted from the request (melding). */
    RESEARCH_REPORT,
    /** The decision (beschikking), counted from the application (aanvraag). */
    DECISION
}
