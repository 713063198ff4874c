package nl.gezinsplan.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a database that cannot start into Spring Boot's short "application failed to start" report, not a stack trace. */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseFailure> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseFailure cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct what the description says and start again; see also Troubleshooting in the README.", cause);
    }
}
