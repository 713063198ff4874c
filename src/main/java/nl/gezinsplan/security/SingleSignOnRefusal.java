package nl.gezinsplan.security;

import java.util.Arrays;
import java.util.Locale;

/** Why single sign-on let someone in at the provider but not into Gezinsplan; each has its own explanation. */
public enum SingleSignOnRefusal {
    /** Gezinsplan has no (single) account for the person. */
    UNKNOWN,
    /** The account is deactivated. */
    DEACTIVATED,
    /** A family member's account: families log in with their own password, not the staff's sign-on. */
    FAMILY,
    /** The account was created just now; an administrator must give it a team first. */
    CREATED,
    /** A consultant without a team, waiting for an administrator. */
    AWAITING_TEAM,
    /** The provider or the exchange with it failed (cancelled, expired, misconfigured). */
    FAILED;

    /** As in the refusal page's address and its message keys. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SingleSignOnRefusal ofCode(String code) {
        return Arrays.stream(values()).filter(refusal -> refusal.code().equals(code)).findFirst().orElse(FAILED);
    }
}
