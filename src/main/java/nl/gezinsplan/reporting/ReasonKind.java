package nl.gezinsplan.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.casework.TriageOutcome;

/** What a {@link ReasonCount} counts: an outcome or reason recorded on a request's route, with its codes in order. */
public enum ReasonKind {
    /** The rung of the ladder triage chose, for the requests triaged in the period. */
    TRIAGE(names(TriageOutcome.values()), "monitor.reasons.triage."),
    /** The "nee, tenzij" check's outcome (youth care), for the requests checked in the period. */
    NEE_TENZIJ(names(NeeTenzijOutcome.values()), "monitor.reasons.nee-tenzij."),
    /** The panel's yes or no on a doubt, for the requests it decided in the period. */
    PANEL(List.of(NeeTenzijOutcome.YES.name(), NeeTenzijOutcome.NO.name()), "monitor.reasons.panel."),
    /** The coded reasons of a "nee, tenzij" refusal, the check's or the panel's, for the refusals in the period. */
    /** In casework's words. */
    REFUSAL_REASON(names(RefusalReason.values()), "casework.refusal-reason.");

    private final List<String> codes;
    private final String codeKeyPrefix;

    ReasonKind(List<String> codes, String codeKeyPrefix) {
        this.codes = codes;
        this.codeKeyPrefix = codeKeyPrefix;
    }

    public List<String> codes() {
        return codes;
    }

    /** "monitor.reasons.refusal-reason" and so on. */
    public String messageKey() {
        return "monitor.reasons." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "monitor.reasons.triage.ADVICE", "casework.refusal-reason.NOT_EFFECTIVE" and so on. */
    public String messageKey(String code) {
        return codeKeyPrefix + code;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
