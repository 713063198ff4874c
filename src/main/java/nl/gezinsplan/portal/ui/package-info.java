/** Components of the portal module that other modules' pages embed. */
@NamedInterface("ui")
package nl.gezinsplan.portal.ui;

import org.springframework.modulith.NamedInterface;
