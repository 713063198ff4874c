package nl.gezinsplan.security;

/**
 * A new login the account rules refuse (user name malformed or taken, password too short), with the message key that
 * says why. Its own type, not {@code base.InvalidInput}: the base module's screens build on this module, so this one
 * cannot build on base; the screen's service turns it into InvalidInput.
 */
public class AccountRefused extends RuntimeException {

    private final String messageKey;

    AccountRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
