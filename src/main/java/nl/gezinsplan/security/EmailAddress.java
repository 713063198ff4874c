package nl.gezinsplan.security;

import java.util.regex.Pattern;

/** What passes for an e-mail address, for staff accounts, family members' accounts and invitations alike. */
public final class EmailAddress {

    /** Something, an at sign, something with a dot: enough to catch a typing error; the mail server judges the rest. */
    private static final Pattern PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private EmailAddress() {
    }

    /** Filled in, no longer than its column ({@link SecurityLimits#EMAIL}), and looking like an address. */
    public static boolean isValid(String address) {
        return SecurityLimits.isFilledIn(address, SecurityLimits.EMAIL) && PATTERN.matcher(address).matches();
    }
}
