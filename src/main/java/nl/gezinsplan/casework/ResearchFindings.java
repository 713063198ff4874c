package nl.gezinsplan.casework;

import java.time.LocalDate;

/**
 * What the research (onderzoek, keukentafelgesprek) found, as the consultant records it: the conversation and who
 * took part, the ladder's four questions and the conclusion.
 *
 * @param ownStrength       what the family can do itself (eigen kracht)
 * @param network           what its network can do
 * @param generalProvisions which general provisions (algemene voorzieningen) can help
 * @param needed            what help is needed beyond that
 */
public record ResearchFindings(LocalDate conversationOn, String participants, String ownStrength, String network,
                               String generalProvisions, String needed, String conclusion) {
}
