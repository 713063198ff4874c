/** Components of the family module that other modules' pages embed. */
@NamedInterface("ui")
package nl.gezinsplan.family.ui;

import org.springframework.modulith.NamedInterface;
