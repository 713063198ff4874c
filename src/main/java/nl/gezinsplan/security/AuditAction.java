package nl.gezinsplan.security;

public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    /** Someone tried to read or change a family file they have no right to. */
    DENIED
}
