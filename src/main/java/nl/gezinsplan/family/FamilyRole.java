package nl.gezinsplan.family;

/** A member's place in the household. */
public enum FamilyRole {
    PARENT,
    CHILD,
    OTHER_ADULT
}
