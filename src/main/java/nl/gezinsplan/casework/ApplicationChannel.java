package nl.gezinsplan.casework;

/**
 * How a person applied (aanvraag) under the Wmo or the Participatiewet: in the portal, by agreeing with the research
 * report, or on paper or in a conversation, recorded by the consultant.
 */
public enum ApplicationChannel {
    PORTAL,
    PAPER,
    CONVERSATION
}
