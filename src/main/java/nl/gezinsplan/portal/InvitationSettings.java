package nl.gezinsplan.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl              where families open Gezinsplan; an invitation's activation link starts with it
 * @param invitationValidFor   how long a first-time code works
 * @param maxFailedActivations wrong codes from one address after which activating from there stops for a while
 * @param activationPause      how long that lasts
 */
@ConfigurationProperties("gezinsplan.portal")
record InvitationSettings(String baseUrl, Duration invitationValidFor, int maxFailedActivations,
                          Duration activationPause) {
}
