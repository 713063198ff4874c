package nl.gezinsplan.security;

/**
 * Work a staff member holds that must go to a colleague before their account is deactivated, so that no family is
 * left without a contact person and no task waits for someone who is gone. Implemented by the modules holding it.
 */
public interface HeldWork {

    /** How many items (families of which they are contact person, tasks assigned to them) {@code username} holds. */
    long heldBy(String username);
}
