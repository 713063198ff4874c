package nl.gezinsplan.database;

/** The embedded database cannot be used; the message says why in words an operator understands. */
class DatabaseFailure extends RuntimeException {

    DatabaseFailure(String message) {
        super(message);
    }

    DatabaseFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
