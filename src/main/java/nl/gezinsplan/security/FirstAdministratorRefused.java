package nl.gezinsplan.security;

/** The variables of the first administrator cannot make one; the message says why, in an operator's words. */
class FirstAdministratorRefused extends RuntimeException {

    FirstAdministratorRefused(String message) {
        super(message);
    }
}
