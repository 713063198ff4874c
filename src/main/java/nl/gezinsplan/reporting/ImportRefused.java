package nl.gezinsplan.reporting;

import java.util.List;

/** An import file refused as a whole, before any line was read: the reason as a message key of the reporting bundle. */
public class ImportRefused extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    ImportRefused(String reason, Object... arguments) {
        super(reason, null, false, false);
        this.messageKey = "reporting.import.refused." + reason;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
