package nl.gezinsplan.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed logins slow down further attempts (see {@link LoginThrottle}).
 *
 * @param maxFailedLogins           failed logins in a row for one account from one address that lock that pair
 * @param lockDuration              the first lock of such a pair; it doubles with every further failure
 * @param maxLockDuration           the longest lock of a pair or an address; failures this old are forgotten
 * @param maxFailedLoginsPerAddress failed logins from one address, whatever the accounts, that pause that address
 *                                  for {@code lockDuration}, doubling with every further failure
 * @param maxAccountDelay           the longest wait an account gets from failures at any address, so that its owner
 *                                  gets in from their own address while strangers guess elsewhere
 */
@ConfigurationProperties("gezinsplan.security")
record SecurityProperties(int maxFailedLogins, Duration lockDuration, Duration maxLockDuration,
                          int maxFailedLoginsPerAddress, Duration maxAccountDelay) {
}
