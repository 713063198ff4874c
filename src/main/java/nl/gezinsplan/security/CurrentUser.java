package nl.gezinsplan.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The logged-in user, for services and screens alike. */
@Component
public class CurrentUser {

    /**
     * Who is recorded as the author of what Gezinsplan does with nobody signed in, such as an extension the process
     * registers at a timer or a letter it makes when it closes a request.
     */
    public static final String SYSTEM = "system";

    private final UserDirectory directory;

    CurrentUser(UserDirectory directory) {
        this.directory = directory;
    }

    public Optional<String> username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    /** The signed-in user while their account is active; a session that outlived a deactivation is nobody's. */
    public Optional<DirectoryUser> get() {
        return username().flatMap(directory::findUser).filter(DirectoryUser::active);
    }

    public DirectoryUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No user is logged in"));
    }
}
