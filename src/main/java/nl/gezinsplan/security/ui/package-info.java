/** Screens of the security module, and the two-factor enrolment that the login's second step embeds. */
@NamedInterface("ui")
package nl.gezinsplan.security.ui;

import org.springframework.modulith.NamedInterface;
