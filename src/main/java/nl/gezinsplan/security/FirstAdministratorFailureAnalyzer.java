package nl.gezinsplan.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns first-administrator variables that cannot be used into the short "application failed to start" report. */
class FirstAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<FirstAdministratorRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstAdministratorRefused cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct GEZINSPLAN_ADMIN_USERNAME or GEZINSPLAN_ADMIN_PASSWORD and start again; see Going live in the README.",
                cause);
    }
}
