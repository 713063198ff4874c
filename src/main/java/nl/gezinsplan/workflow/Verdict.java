package nl.gezinsplan.workflow;

/** The outcome of a four-eyes or manager check; a rejection carries its reason. */
public record Verdict(boolean approved, String reason) {

    public static Verdict approve() {
        return new Verdict(true, null);
    }

    public static Verdict reject(String reason) {
        return new Verdict(false, reason);
    }
}
