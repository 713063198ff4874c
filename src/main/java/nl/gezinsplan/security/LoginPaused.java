package nl.gezinsplan.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** A login refused without looking at the password, because of recent failures; tried again from {@code until}. */
public class LoginPaused extends LockedException {

    private final Instant until;

    public LoginPaused(Instant until) {
        super("Too many failed logins; try again at " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
