package nl.gezinsplan.workflow;

/** The route does not let this user do this, for example approve their own proposal. */
public class WorkRefused extends RuntimeException {

    WorkRefused(String message) {
        super(message);
    }
}
