package nl.gezinsplan.portal;

import java.time.Instant;

/**
 * A family member's access to the portal, as the consultant sees it on the family page.
 *
 * @param at when the access started ({@link Status#ACTIVE}) or until when the invitation works ({@link Status#INVITED});
 *           null otherwise
 */
public record MemberAccess(long personId, String fullName, Status status, Instant at) {

    public enum Status {
        /** Has a login linked to them. */
        ACTIVE,
        /** Has an open invitation. */
        INVITED,
        /** Could be invited. */
        NONE,
        /** A child under 16: their parents see their items, they get no account of their own. */
        TOO_YOUNG
    }

    public boolean mayBeInvited() {
        return status == Status.NONE || status == Status.INVITED;
    }

    public boolean mayBeRevoked() {
        return status == Status.ACTIVE || status == Status.INVITED;
    }
}
