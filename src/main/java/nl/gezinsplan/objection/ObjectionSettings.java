package nl.gezinsplan.objection;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The terms of the decision on an objection (Awb 7:10): six weeks after the objection term, and one extension of six.
 * With an advisory committee the law allows twelve weeks; the municipality sets that here.
 *
 * @param decisionTerm how long after the objection term the decision is due
 * @param extension    how much one extension adds
 */
@ConfigurationProperties("gezinsplan.objection")
public record ObjectionSettings(@DefaultValue("P6W") Period decisionTerm, @DefaultValue("P6W") Period extension) {
}
