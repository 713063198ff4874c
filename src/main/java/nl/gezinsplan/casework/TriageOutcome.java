package nl.gezinsplan.casework;

/** The rungs of the ladder at triage: three settle the request without custom care, the last researches it. */
public enum TriageOutcome {
    ADVICE,
    NETWORK,
    GENERAL_PROVISION,
    RESEARCH;

    public boolean closesTheRequest() {
        return this != RESEARCH;
    }
}
