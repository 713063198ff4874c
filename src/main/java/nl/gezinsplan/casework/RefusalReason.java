package nl.gezinsplan.casework;

/** The coded reasons a "nee, tenzij" refusal may give; at least one is required, with alternatives for the family. */
public enum RefusalReason {
    OUTSIDE_LEGAL_DUTY,
    NETWORK_SUFFICES,
    GENERAL_PROVISION_SUFFICES,
    OTHER_LAW_APPLIES,
    OUTSIDE_CONTRACT_SCOPE,
    NOT_EFFECTIVE
}
