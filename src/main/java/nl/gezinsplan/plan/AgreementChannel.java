package nl.gezinsplan.plan;

/** How the family agreed to its plan: in the portal, or on paper or in a conversation, recorded by the consultant. */
public enum AgreementChannel {
    PORTAL,
    PAPER,
    CONVERSATION
}
