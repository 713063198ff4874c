package nl.gezinsplan.security;

import java.util.Locale;

/** Who signs in with a second factor after their password ({@code GEZINSPLAN_MFA}). */
public enum TwoFactorMode {
    /** Nobody: no second step and nothing to enrol, also for those who enrolled before. */
    OFF,
    /** Administrators and managers must; other staff and family members may enrol. */
    OPTIONAL,
    /** All staff must; family members may enrol. */
    REQUIRED;

    public boolean requiredFor(Role role) {
        return switch (this) {
            case OFF -> false;
            case OPTIONAL -> role == Role.ADMIN || role == Role.MANAGER;
            case REQUIRED -> role != Role.FAMILY;
        };
    }

    /** {@code off}, {@code optional} or {@code required}, in any letter case. */
    static TwoFactorMode of(String setting) {
        try {
            return valueOf(setting.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(
                    "GEZINSPLAN_MFA (gezinsplan.security.mfa.mode) must be off, optional or required, not " + setting);
        }
    }
}
