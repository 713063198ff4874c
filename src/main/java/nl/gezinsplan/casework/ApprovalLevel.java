package nl.gezinsplan.casework;

/** Who must check a proposal before the decision, as the approval table decides. */
public enum ApprovalLevel {
    NONE,
    FOUR_EYES,
    MANAGER
}
