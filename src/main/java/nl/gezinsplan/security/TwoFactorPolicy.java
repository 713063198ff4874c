package nl.gezinsplan.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The two-factor mode in force: {@code gezinsplan.security.mfa.mode}, or when that is not set, off for the demo and
 * optional otherwise. Held here, not read from the properties at each call, so a test can switch it without starting
 * a second application context.
 */
@Component
public class TwoFactorPolicy {

    private volatile TwoFactorMode mode;

    TwoFactorPolicy(@Value("${gezinsplan.security.mfa.mode:}") String mode,
                    @Value("${gezinsplan.demo.enabled:false}") boolean demo) {
        this.mode = !mode.isBlank() ? TwoFactorMode.of(mode) : demo ? TwoFactorMode.OFF : TwoFactorMode.OPTIONAL;
    }

    public TwoFactorMode mode() {
        return mode;
    }

    /** For tests, which set it back afterwards: the context is shared. */
    void use(TwoFactorMode mode) {
        this.mode = mode;
    }
}
