package nl.gezinsplan.casework;

/**
 * The four-eyes rule refuses who would give a verdict on a proposal ({@link Request#requireJudge}); the message says
 * why, for the log and the engine's clients. Screens offer such tasks only to those who may take them.
 */
public class VerdictRefused extends RuntimeException {

    VerdictRefused(String message) {
        super(message);
    }
}
