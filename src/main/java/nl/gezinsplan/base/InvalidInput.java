package nl.gezinsplan.base;

/**
 * Input a service refuses, with a message key (and arguments) from the bundles, so the screen can tell the user in
 * their own language what to correct. Nothing is saved.
 */
public class InvalidInput extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidInput(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
