package nl.gezinsplan.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds login results into the account lock; a login on a locked account does not count again. */
@Component
class LoginAttempts {

    private final UserAccounts accounts;

    LoginAttempts(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedLogin(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
