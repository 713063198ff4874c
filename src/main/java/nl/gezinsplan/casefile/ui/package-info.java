/** Components of the case file that other modules' pages embed. */
@NamedInterface("ui")
package nl.gezinsplan.casefile.ui;

import org.springframework.modulith.NamedInterface;
