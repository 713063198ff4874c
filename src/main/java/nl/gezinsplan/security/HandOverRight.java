package nl.gezinsplan.security;

import java.util.Collections;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may hand over the work of a staff member who leaves (overdracht): an administrator, or a manager of one of that
 * member's teams. Every module that holds work checks it before it moves any.
 */
@Component
public class HandOverRight {

    private final CurrentUser currentUser;
    private final UserDirectory directory;

    HandOverRight(CurrentUser currentUser, UserDirectory directory) {
        this.currentUser = currentUser;
        this.directory = directory;
    }

    /** The member whose work the caller may hand over; refused for anybody else. */
    public DirectoryUser require(String username) {
        DirectoryUser caller = currentUser.require();
        DirectoryUser member = directory.findUser(username)
                .orElseThrow(() -> new AccessDeniedException("No user " + username));
        boolean managesTheirTeam = caller.role() == Role.MANAGER
                && !Collections.disjoint(caller.teamCodes(), member.teamCodes());
        if (caller.role() != Role.ADMIN && !managesTheirTeam) {
            throw new AccessDeniedException(caller.username() + " may not hand over the work of " + username);
        }
        return member;
    }
}
